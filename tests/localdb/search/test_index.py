"""The search index (r0005) stays exactly what the records hold, whatever
changes them, on every backend: the triggers against an oracle computed from
the model rows, the upgrade of a store with data, and backup/restore."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from localdb.backup import backup, restore
from localdb.engine import Store
from localdb.migrate import MIGRATIONS_DIR, open_store
from localdb.models import (
    Attachment,
    MoneyAccount,
    MoneyLine,
    Record,
    RecordCategory,
    RegisterEntry,
    StoredFile,
    WorkEntry,
)
from localdb.roles import Actor
from localdb.search import search
from localdb.url import to_url
from tests.localdb.search import samples

WORDS = ("漏水", "维修", "保洁", "大堂", "3栋", "电梯", "", "abc", "ABC", "合格", "张师傅", "绿化", "a\"b")
AT = datetime(2026, 3, 1, tzinfo=UTC)
MAX_RECORD = 2**28 - 1


def expected(session: Session) -> Counter[tuple[int, int, int | None, str]]:
    """What the index must hold, from the model rows: (record, source,
    attachment, text) -> how many rows hold it (1 but for table cells)."""
    want: Counter[tuple[int, int, int | None, str]] = Counter()
    for r in session.scalars(select(Record)):
        for source, value in ((0, r.title), (1, r.summary), (2, r.body_text)):
            if value:
                want[(r.id, source, None, value)] += 1
    for a in session.scalars(select(Attachment)):
        file = session.get(StoredFile, a.sha256)
        if file is not None and file.extracted_text:
            want[(a.record_id, 4, a.id, file.extracted_text)] += 1
    names = {a.id: a.name for a in session.scalars(select(MoneyAccount))}
    cells: list[tuple[int, tuple[str, ...]]] = []
    cells += [(w.record_id, (w.place, w.content, w.performer, w.result, w.note))
              for w in session.scalars(select(WorkEntry))]
    cells += [(g.record_id, (g.code, g.name, g.location, g.spec, g.status, g.keeper, g.note))
              for g in session.scalars(select(RegisterEntry))]
    cells += [(m.record_id, (m.description, m.note, names[m.account_id]))
              for m in session.scalars(select(MoneyLine))]
    for record_id, values in cells:
        for value in values:
            if value:
                want[(record_id, 3, None, value)] += 1
    return want


def indexed(session: Session) -> Counter[tuple[int, int, int | None, str]]:
    have: Counter[tuple[int, int, int | None, str]] = Counter()
    rows = session.execute(text("SELECT record_id, source, attachment_id, body, row_count FROM search_entry"))
    for record_id, source, attachment_id, body, count in rows:
        key = (record_id, source, attachment_id, body)
        assert key not in have, f"indexed twice: {key}"
        have[key] = count
    return have


def fts_agrees(session: Session) -> None:
    """SQLite: ids encode the rank, FTS5 finds exactly what the rule finds."""
    if session.get_bind().dialect.name != "sqlite":
        return
    assert session.execute(text(
        f"SELECT count(*) FROM search_entry WHERE id >> 60 != source OR {MAX_RECORD} - "
        f"((id >> 32) & {MAX_RECORD}) != record_id OR (id & 4294967295) = 0")).scalar() == 0
    assert session.execute(text("SELECT count(*) FROM search_fts_docsize")).scalar() == \
        session.execute(text("SELECT count(*) FROM search_entry")).scalar()
    for term in ("漏水维", "abc", "维修保", "合格维", "bca", "3栋漏", "洁大堂", "师傅a", '"b漏'):
        fts = {r[0] for r in session.execute(text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q"),
                                             {"q": '"' + term.replace('"', '""') + '"'})}
        scan = {r[0] for r in session.execute(
            text("SELECT id FROM search_entry WHERE instr(lower(body), :q) > 0"), {"q": term})}
        assert fts == scan, term


def _edit(session: Session, rng: random.Random, step: int, accounts: list[int]) -> None:
    def words() -> str:
        return rng.choice(WORDS) + rng.choice(WORDS)

    records = list(session.scalars(select(Record.id)))
    op = rng.randrange(12) if records else 0
    if op == 0:
        session.add(Record(category_id=session.scalars(select(RecordCategory.id)).first(), title=words(),
                           summary=words(), body_text=words()))
    elif op == 1:
        r = session.get(Record, rng.choice(records))
        assert r is not None
        r.title, r.body_text = words() or "标题", words()
    elif op in (2, 3):
        record_id = rng.choice(records)
        for _ in range(rng.randrange(1, 6)):
            value = words()
            session.add(WorkEntry(record_id=record_id, kind="cleaning", done_at=AT, place=value,
                                  content=rng.choice([value, words()]), performer=words(),
                                  result=rng.choice(["合格", ""]), note=words()))
    elif op == 4:
        ids = list(session.scalars(select(WorkEntry.id)))
        session.execute(delete(WorkEntry).where(WorkEntry.id.in_(rng.sample(ids, min(3, len(ids))))))
    elif op == 5:
        ids = list(session.scalars(select(WorkEntry.id)))
        if ids:
            w = session.get(WorkEntry, rng.choice(ids))
            assert w is not None
            w.note = words()
            if rng.random() < 0.3:
                w.record_id = rng.choice(records)
    elif op == 6:
        session.add(RegisterEntry(record_id=rng.choice(records), kind="equipment", line_no=step,
                                  code=f"E{step % 5}", name=words() or "泵", location=words(), spec="",
                                  quantity="1", status="正常", keeper=words(), note=""))
    elif op == 7:
        session.add(MoneyLine(record_id=rng.choice(records), line_no=step, account_id=rng.choice(accounts),
                              occurred_on=date(2026, 1, 1), description=words(), amount_fen=100,
                              note=rng.choice(["", "停车", words()])))
    elif op == 8:
        account = session.get(MoneyAccount, rng.choice(accounts))
        assert account is not None
        account.name = f"{account.name[:20]}{step}"
    elif op == 9:
        samples.attach(session, rng.choice(records), "a.pdf", rng.choice([words(), "合同文本", "合同文本"]))
    elif op == 10:
        files = list(session.scalars(select(StoredFile)))
        if files:
            rng.choice(files).extracted_text = words()
        attachments = list(session.scalars(select(Attachment)))
        if attachments and rng.random() < 0.4:
            session.delete(rng.choice(attachments))
    elif op == 11 and rng.random() < 0.3:
        record_id = rng.choice(records)
        for model in (WorkEntry, RegisterEntry, MoneyLine, Attachment):
            session.execute(delete(model).where(model.record_id == record_id))  # type: ignore[attr-defined]
        session.execute(delete(Record).where(Record.id == record_id))


def test_the_index_follows_every_kind_of_edit(store: Store) -> None:
    rng = random.Random(7)
    with store.read() as session:
        accounts = list(session.scalars(select(MoneyAccount.id)))[:6]
    for step in range(160):
        with store.write() as session:
            _edit(session, rng, step, accounts)
        with store.read() as session:
            assert indexed(session) == expected(session), f"after step {step}"
            fts_agrees(session)
    with store.read() as session:
        assert sum(indexed(session).values()) > 150  # the edits did build something up


def _alembic(store: Store, action: str, target: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, target)


def test_upgrading_a_store_with_records_indexes_them(store: Store) -> None:
    """r0005 fills the index from what an r0004 store already holds; its
    downgrade removes every trace."""
    _alembic(store, "downgrade", "r0004")
    with store.engine.connect() as conn:
        names = conn.execute(text(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'" if store.backend == "sqlite" else
            "SELECT relname FROM pg_class WHERE relname LIKE 'search%' UNION ALL "
            "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search%' UNION ALL "
            "SELECT proname FROM pg_proc WHERE proname LIKE 'search%'")).scalars().all()
    assert names == []
    with store.write() as session:
        ids = samples.load(session)
    _alembic(store, "upgrade", "head")
    with store.read() as session:
        assert indexed(session) == expected(session)
        fts_agrees(session)
        assert [h.record_id for h in search(session, "漏水")] == [ids["cleaning"]]
        assert [h.record_id for h in search(session, "水泵房")] == [ids["contract"]]


def test_backup_and_restore_derive_the_index_again(store: Store, admin_actor: Actor, tmp_path: Path) -> None:
    """A backup of PostgreSQL copies the model tables only and the copy's
    triggers derive its index; a restore empties and refills the tables, and
    the triggers follow."""
    with store.write() as session:
        ids = samples.load(session)
    copy = backup(store, tmp_path / "copy.db")
    opened, _ = open_store(to_url(str(copy)))
    try:
        with opened.read() as session:
            assert indexed(session) == expected(session)
            assert [h.record_id for h in search(session, "地下室泵房")] == [ids["equipment"]]
    finally:
        opened.dispose()
    with store.write() as session:
        session.execute(delete(WorkEntry))
    restore(store, admin_actor, copy)
    with store.read() as session:
        assert indexed(session) == expected(session)
        assert [h.record_id for h in search(session, "漏水")] == [ids["cleaning"]]
