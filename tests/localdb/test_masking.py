"""Masking names, phones and free text for the kiosk and public prints."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select, update

from localdb import demo, masking
from localdb.complaints import demo as complaint_demo
from localdb.engine import Store
from localdb.masking import Scrubber, mask_mobiles, mask_name, mask_phone
from localdb.models import Complaint, Resident, utcnow
from localdb.roles import SYSTEM


@pytest.mark.parametrize(("name", "masked"), [
    ("张三", "张*"),
    ("王建国", "王**"),
    ("欧阳娜娜", "欧阳**"),
    ("诸葛亮", "诸葛*"),
    ("欧阳", "欧*"),  # a two-character name is a surname and a given name
    ("王", "王*"),  # even a lone character shows something was hidden
    ("  李四 ", "李*"),
    ("", ""),
    ("Smith", "S****"),
])
def test_mask_name_keeps_the_surname(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize(("phone", "masked"), [
    ("13812341234", "138****1234"),
    ("138 1234 1234", "138****1234"),
    ("+86 138-1234-1234", "138****1234"),
    ("028-85551234", "028-****1234"),
    ("02885551234", "028-****1234"),
    ("010-6512345", "010-***2345"),
    ("0755-12345678", "0755-****5678"),
    ("85551234", "****1234"),
    ("123", "***"),
    ("", ""),
])
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


def test_masked_phone_never_shows_more_than_seven_digits() -> None:
    for phone in ("13812341234", "028-85551234", "4008001234", "0288555123456"):
        assert len(re.sub(r"\D", "", mask_phone(phone))) <= 7


def test_mobiles_in_text_are_masked_in_every_typed_form() -> None:
    text = "请联系13812341234或139-8765-4321，也可拨 186 0000 1111；编号TS20250101-0001不动"
    assert mask_mobiles(text) == ("请联系138****1234或139****4321，也可拨 186****1111；"
                                  "编号TS20250101-0001不动")


def test_longer_digit_runs_are_not_mobiles() -> None:
    assert mask_mobiles("订单 138123412345678") == "订单 138123412345678"
    assert mask_mobiles("座机02885551234") == "座机02885551234"


def test_scrubber_masks_known_names_longest_first() -> None:
    scrub = Scrubber(["张伟", "欧阳娜", "欧阳娜娜", "王", ""])
    assert scrub("业主张伟说欧阳娜娜家漏水，王府井不是人名") == "业主张*说欧阳**家漏水，王府井不是人名"
    assert scrub("欧阳娜来电 13812341234") == "欧阳*来电 138****1234"
    assert scrub("") == ""


def test_scrubber_leaves_text_without_names_alone() -> None:
    text = "3栋2单元楼道声控灯不亮"
    assert Scrubber(["张伟"])(text) == text


def test_resident_scrubber_reads_residents_and_complaint_contacts(store: Store) -> None:
    with store.write() as session:
        demo.load(session, SYSTEM, "small", with_complaints=False)
        resident = session.execute(select(Resident.name).limit(1)).scalar_one()
        complaint_demo.generate(session, utcnow(), 3)
        session.execute(update(Complaint).where(Complaint.id == 1).values(contact_name="慕容云海"))
    with store.read() as session:
        names = masking.known_names(session)
        scrub = masking.resident_scrubber(session)
    assert resident in names and "慕容云海" in names
    assert scrub(f"{resident}和慕容云海都来过") == f"{mask_name(resident)}和慕容**都来过"
