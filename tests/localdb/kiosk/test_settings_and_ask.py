"""Kiosk settings, the PIN (hashed, checked by a read), the PIN pad's lock,
and asking a question: stored with its deadline, rate-limited per kiosk and
per room and day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError, ValidationError
from localdb.kiosk import ask, settings
from localdb.kiosk.pin import PinLock
from localdb.models import RecordQuestion, Setting
from localdb.roles import KIOSK, SYSTEM
from tests.localdb.kiosk.bait import Bait

pytestmark = pytest.mark.usefixtures("fast_password_hashing")
NOW = datetime(2026, 6, 3, 2, 0, tzinfo=UTC)


def test_pin_is_stored_hashed_and_checked(kiosk_store: Store) -> None:
    with kiosk_store.read() as s:
        assert not settings.pin_is_set(s) and not settings.check_pin(s, "1234")
    with kiosk_store.write() as s:
        settings.set_pin(s, SYSTEM, "246810")
    with kiosk_store.read() as s:
        stored = s.get(Setting, settings.PIN_KEY)
        assert stored is not None and "246810" not in stored.value and "argon2" in stored.value
        assert settings.check_pin(s, "246810") and not settings.check_pin(s, "246811")
    for bad in ("12", "abcd", "123456789"):
        with pytest.raises(ValidationError), kiosk_store.write() as s:
            settings.set_pin(s, SYSTEM, bad)
    with pytest.raises(PermissionDenied), kiosk_store.write() as s:
        settings.set_pin(s, KIOSK, "1111")


def test_pin_lock_after_five_wrong_tries() -> None:
    lock = PinLock()
    for _ in range(4):
        lock.failed(NOW)
    assert not lock.locked(NOW) and lock.tries_left() == 1
    lock.failed(NOW)
    assert lock.locked(NOW + timedelta(minutes=4)) and lock.seconds_left(NOW) == 300
    assert not lock.locked(NOW + timedelta(minutes=5)) and lock.tries_left() == 5


def test_settings_round_trip_and_range(kiosk_store: Store) -> None:
    with kiosk_store.write() as s:
        settings.save_kiosk_settings(s, SYSTEM, settings.KioskSettings(idle_seconds=60))
    with kiosk_store.read() as s:
        assert settings.get_kiosk_settings(s).idle_seconds == 60
    with pytest.raises(ValidationError), kiosk_store.write() as s:
        settings.save_kiosk_settings(s, SYSTEM, settings.KioskSettings(idle_seconds=1))


def test_manager_photo_only_when_allowed(kiosk_store: Store) -> None:
    from localdb.kiosk.panel import community_panel

    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    with kiosk_store.write() as s:
        settings.set_manager_photo(s, SYSTEM, png, "image/png")
    with kiosk_store.read() as s:
        assert community_panel(s).manager_photo is None
    with kiosk_store.write() as s:
        settings.save_kiosk_settings(s, SYSTEM, settings.KioskSettings(show_manager_photo=True))
    with kiosk_store.read() as s:
        assert community_panel(s).manager_photo == png


def _room(kiosk_store: Store) -> tuple[str, str]:
    with kiosk_store.read() as s:
        first = ask.addresses(s)[0]
    return first.building, first.units[0]


def test_a_question_is_stored_with_its_deadline(kiosk_store: Store, bait: Bait) -> None:
    building, unit = _room(kiosk_store)
    with kiosk_store.write() as s:
        _, asked = ask.ask(s, KIOSK, bait.document_id, building, unit, "101", "13912345678",
                           "公示的装修时间是否准确？", NOW)
    assert asked.number.startswith("ZY20260603-") and asked.answer_due > NOW
    with kiosk_store.read() as s:
        q = s.execute(select(RecordQuestion).where(RecordQuestion.number == asked.number)).scalar_one()
        assert (q.channel, q.phone, q.answer_due, q.room_id is not None) == (
            "kiosk", "13912345678", asked.answer_due, True)


def test_unknown_room_is_refused(kiosk_store: Store, bait: Bait) -> None:
    building, unit = _room(kiosk_store)
    for room in ("", "9999"):
        with pytest.raises(ValidationError), kiosk_store.write() as s:
            ask.ask(s, KIOSK, bait.document_id, building, unit, room, "", "问题", NOW)


def test_rate_limits_per_kiosk_and_per_room(kiosk_store: Store, bait: Bait) -> None:
    building, unit = _room(kiosk_store)
    with kiosk_store.write() as s:
        settings.save_kiosk_settings(s, SYSTEM, settings.KioskSettings(
            questions_per_window=3, questions_per_room_per_day=2))
    for i in range(2):
        with kiosk_store.write() as s:
            ask.ask(s, KIOSK, bait.document_id, building, unit, "101", "", f"问题{i}",
                    NOW + timedelta(minutes=i))
    with pytest.raises(StoreError) as room_limit, kiosk_store.write() as s:
        ask.ask(s, KIOSK, bait.document_id, building, unit, "101", "", "第三个", NOW + timedelta(minutes=3))
    assert room_limit.value.code == "kiosk_room_limit"
    with kiosk_store.write() as s:
        ask.ask(s, KIOSK, bait.document_id, building, unit, "102", "", "另一户", NOW + timedelta(minutes=4))
    with pytest.raises(StoreError) as busy, kiosk_store.write() as s:
        ask.ask(s, KIOSK, bait.document_id, building, unit, "201", "", "太多", NOW + timedelta(minutes=5))
    assert busy.value.code == "kiosk_busy"
    with kiosk_store.write() as s:  # ten minutes on, the kiosk may take questions again
        ask.ask(s, KIOSK, bait.document_id, building, unit, "201", "", "稍后", NOW + timedelta(minutes=16))
