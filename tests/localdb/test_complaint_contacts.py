"""The complaint contacts: the 码上办 address and the three levels of complaint phone."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from localdb import demo
from localdb.engine import Store
from localdb.errors import ValidationError
from localdb.models import AuditEntry
from localdb.roles import SYSTEM, Actor
from localdb.services.complaint_contacts import ComplaintContacts, get_contacts, save_contacts

GOOD = ComplaintContacts(qr_url=" https://mashangban.example.cn/q/abc?src=sign ",
                         project_phone="028-85551200", company_phone="4008001234",
                         authority_phone="028 85078123",
                         authority_name="武侯区住房和城乡建设局")


def test_nothing_set_reads_as_empty(store: Store) -> None:
    with store.read() as session:
        assert get_contacts(session) == ComplaintContacts()


def test_manager_saves_and_reads_back_cleaned_with_an_audit_entry(store: Store,
                                                                   manager_actor: Actor) -> None:
    with store.write() as session:
        changes = save_contacts(session, manager_actor, GOOD)
    assert changes.community
    with store.read() as session:
        saved = get_contacts(session)
        entry = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
    assert saved == ComplaintContacts(qr_url="https://mashangban.example.cn/q/abc?src=sign",
                                      project_phone="028-85551200", company_phone="4008001234",
                                      authority_phone="02885078123", authority_name="武侯区住房和城乡建设局")
    assert entry.action == "complaint_contacts.save" and entry.actor_name == manager_actor.name
    assert json.loads(entry.after)["qr_url"] == saved.qr_url


@pytest.mark.parametrize(("contacts", "field"), [
    (ComplaintContacts(qr_url="mashangban.example.cn/q"), "码上办二维码网址"),
    (ComplaintContacts(qr_url="https://has space.example.cn"), "码上办二维码网址"),
    (ComplaintContacts(qr_url="ftp://files.example.cn/q"), "码上办二维码网址"),
    (ComplaintContacts(project_phone="12345"), "项目投诉电话"),
    (ComplaintContacts(authority_name="局" * 61), "主管部门名称"),
])
def test_bad_input_is_refused_naming_the_field(store: Store, manager_actor: Actor,
                                               contacts: ComplaintContacts, field: str) -> None:
    with pytest.raises(ValidationError) as info, store.write() as session:
        save_contacts(session, manager_actor, contacts)
    assert info.value.field == field
    with store.read() as session:
        assert get_contacts(session) == ComplaintContacts()


def test_demo_community_has_its_contacts(store: Store) -> None:
    with store.write() as session:
        demo.load(session, SYSTEM, "small", with_complaints=False)
    with store.read() as session:
        assert get_contacts(session) == demo.DEMO_CONTACTS
