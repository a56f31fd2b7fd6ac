"""Benchmark: full-text search over 1,000,000 work-record rows and 5,000 documents.

- the app's search: localdb.search.search in a read session, as the query
  desk and ``sunshine-desk search`` call it (one hit per record, ordered,
  with snippets);
- baseline in the same run, over a plain sqlite3 connection, fetching every
  matching rowid: FTS5 MATCH of the term for 3+ characters, instr over
  search_entry for 1–2 (and, for those, the index path the app takes: the
  vocabulary lookup plus the OR of the trigrams found);
- 20 single-term queries of 1–6 characters, each run --runs times after a
  warm-up; a query's figure is its median; p50/p95 are over the queries;
- the cost of the triggers: 20,000 work rows inserted into one record, then
  all its rows deleted, with and without them (rolled back).

Targets: p95 <= 50 ms for 3+ characters, <= 250 ms for 1–2 characters, and the
app's p95 <= 2x the raw query's p95 in each group.

The store is built once — migrated to r0004, rows bulk-inserted, then
upgraded, so r0005 indexes them as it would an existing store — and kept in
the user cache folder, keyed by the sizes and by the source of r0005 and of
the data generator.

    python tests/bench/search.py [--rows N] [--docs N] [--runs N] [--db FILE] [--pg URL]
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from sqlalchemy.engine import URL

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]  # this checkout's localdb first

import search_data  # noqa: E402

from localdb.url import to_url  # noqa: E402

TARGET_LONG_MS, TARGET_SHORT_MS, TARGET_OVERHEAD = 50.0, 250.0, 2.0
QUERIES = ("水", "梯", "费", "锈",  # 1 character: common to rare
           "漏水", "电梯", "保洁", "井盖",
           "保洁员", "水泵房", "停车场", "钢丝绳",
           "电梯维保", "地下车库", "消防通道",
           "地下室泵房", "垃圾分类桶", "二次供水水",
           "物业服务合同", "共有部分经营")
MIGRATION = ROOT / "localdb" / "migrations" / "versions" / "r0005_search_index.py"


def _alembic(url: URL, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    from localdb.engine import make_engine
    from localdb.migrate import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    engine.dispose()


def cached_store(rows: int, docs: int) -> Path:
    from platformdirs import user_cache_dir

    key = hashlib.sha256(MIGRATION.read_bytes() + Path(search_data.__file__).read_bytes()).hexdigest()[:12]
    folder = Path(user_cache_dir("sunshine-desk")) / "bench"
    path = folder / f"search-{rows}-{docs}-{key}.db"
    if path.exists():
        print(f"store: {path} (cached)")
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"search-{rows}-{docs}-*"):
        old.unlink()  # an older index or generator
    building = path.with_suffix(".building")
    print(f"building {rows:,} work-record rows and {docs:,} documents…", flush=True)
    start = time.perf_counter()
    _alembic(to_url(str(building)), "r0004")
    search_data.fill(building, rows, docs)
    loaded = time.perf_counter()
    _alembic(to_url(str(building)), "head")
    done = time.perf_counter()
    print(f"built in {done - start:.0f} s (rows {loaded - start:.0f} s, "
          f"r0005 indexing them {done - loaded:.0f} s)")
    conn = sqlite3.connect(str(building))
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    conn.close()
    building.rename(path)
    return path


def raw_query(conn: sqlite3.Connection, term: str) -> int:
    if len(term) >= 3:
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
        arg = '"' + term.replace('"', '""') + '"'
    else:
        sql, arg = "SELECT id FROM search_entry WHERE instr(body, ?) > 0", term
    return len(conn.execute(sql, (arg,)).fetchall())


def raw_index(conn: sqlite3.Connection, term: str) -> int:
    """A short term the way the app looks it up: vocabulary, then the OR of its trigrams."""
    grams = [r[0] for r in conn.execute("SELECT term FROM search_vocab WHERE term >= ? AND term < ?",
                                        (term, term + "\U0010ffff"))]
    expr = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
    return len(conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expr,)).fetchall())


def timed(runs: int, fn: Callable[[str], object], term: str) -> float:
    """Median milliseconds of ``runs`` calls after one warm-up call."""
    fn(term)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(term)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def trigger_cost(path: Path, rows: int = 20_000) -> list[tuple[float, float]]:
    """Microseconds per work row inserted, then deleted, into one record, with
    and without the search triggers (each rolled back)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    record_id = conn.execute("SELECT max(record_id) FROM work_entry").fetchone()[0]
    sample = [(record_id, *r[1:]) for r in search_data.sample_rows(rows)]
    costs = []
    for drop in (False, True):
        conn.execute("BEGIN")
        if drop:
            for name in ("search_work_entry_ai", "search_work_entry_ad", "search_work_entry_au"):
                conn.execute(f"DROP TRIGGER {name}")
        start = time.perf_counter()
        conn.executemany("INSERT INTO work_entry (record_id, kind, done_at, place, content, performer, "
                         "result, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sample)
        inserted = time.perf_counter()
        deleted = conn.execute("DELETE FROM work_entry WHERE record_id = ?", (record_id,)).rowcount
        costs.append(((inserted - start) / rows * 1e6, (time.perf_counter() - inserted) / deleted * 1e6))
        conn.execute("ROLLBACK")
    conn.close()
    return costs


def measure(runs: int, app: Callable[[str], object], raw: Callable[[str], int],
            index: Callable[[str], int] | None) -> bool:
    """Print each query's figures and the summary; True when the targets hold."""
    print(f"{'query':<10}{'chars':>6}{'matches':>9}{'hits':>6}{'raw ms':>9}{'raw idx':>9}{'app ms':>9}"
          f"{'app/raw':>9}")
    groups: dict[bool, tuple[list[float], list[float]]] = {True: ([], []), False: ([], [])}
    for term in QUERIES:
        short = len(term) < 3
        r = timed(runs, raw, term)
        idx = timed(runs, index, term) if short and index is not None else float("nan")
        a = timed(runs, app, term)
        hits = app(term)
        assert isinstance(hits, list)
        groups[short][0].append(r)
        groups[short][1].append(a)
        wide = term + "\u3000" * (5 - len(term))  # Chinese characters are two columns wide
        print(f"{wide}{len(term):>6}{raw(term):>9}{len(hits):>6}{r:>9.1f}{idx:>9.1f}{a:>9.1f}{a / r:>9.2f}")
    ok = True
    for short, (raws, apps) in groups.items():
        target = TARGET_SHORT_MS if short else TARGET_LONG_MS
        overhead = pct(apps, 0.95) / pct(raws, 0.95)
        good = pct(apps, 0.95) <= target and overhead <= TARGET_OVERHEAD
        ok = ok and good
        print(f"{'1–2 chars' if short else '3+ chars':<10} raw p50 {pct(raws, 0.5):6.1f} p95 "
              f"{pct(raws, 0.95):6.1f} | app p50 {pct(apps, 0.5):6.1f} p95 {pct(apps, 0.95):6.1f} ms"
              f" | p95 app/raw {overhead:.2f}  (target p95 <= {target:.0f} ms, app/raw <= "
              f"{TARGET_OVERHEAD:.0f}): {'OK' if good else 'OVER'}")
    return ok


def app_search(url: URL) -> tuple[Callable[[str], list[object]], Callable[[], None]]:
    from localdb.migrate import open_store
    from localdb.search import search

    store, _ = open_store(url)

    def run(term: str) -> list[object]:
        with store.read() as session:
            return list(search(session, term))

    return run, store.dispose


def postgresql(source: Path, server: str, runs: int) -> bool:
    import psycopg
    import search_pg

    print(f"PostgreSQL: copying the store into a new database on {to_url(server).host}…", flush=True)
    start = time.perf_counter()
    url, drop = search_pg.load(source, server, _alembic)
    print(f"loaded and indexed in {time.perf_counter() - start:.0f} s")
    try:
        raw = psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False))

        def raw_query(term: str) -> int:  # the GIN index for 3+ characters, a scan for fewer
            if len(term) >= 3:
                return len(raw.execute("SELECT id FROM search_entry WHERE body LIKE %s",
                                       (f"%{term}%",)).fetchall())
            return len(raw.execute("SELECT id FROM search_entry WHERE strpos(body, %s) > 0",
                                   (term,)).fetchall())

        app, dispose = app_search(url)
        try:
            return measure(runs, app, raw_query, None)
        finally:
            dispose()
            raw.close()
    finally:
        drop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--docs", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing benchmark store (else the cached one)")
    parser.add_argument("--pg", metavar="URL", help="also on this PostgreSQL server (a throw-away database)")
    args = parser.parse_args()

    path = args.db or cached_store(args.rows, args.docs)
    raw = sqlite3.connect(str(path))
    counts = raw.execute("SELECT (SELECT count(*) FROM work_entry), (SELECT count(*) FROM record), "
                         "(SELECT count(*) FROM search_entry)").fetchone()
    print(f"{counts[0]:,} work-record rows, {counts[1]:,} records, {counts[2]:,} index entries, "
          f"{path.stat().st_size / 2**20:.0f} MiB")
    app, dispose = app_search(to_url(str(path)))
    try:
        ok = measure(args.runs, app, partial(raw_query, raw), partial(raw_index, raw))
    finally:
        dispose()
        raw.close()
    (insert, delete), (insert_bare, delete_bare) = trigger_cost(path)
    print(f"work rows, µs each: insert {insert:.0f} with the search triggers ({insert_bare:.0f} without), "
          f"delete {delete:.0f} ({delete_bare:.0f} without)")
    if args.pg:
        ok = postgresql(path, args.pg, args.runs) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
