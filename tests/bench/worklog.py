"""Benchmark: work-record queries of the query desk on a million rows.

The store holds 1,000,000 work rows in five kinds over five years (300 monthly
records, most published; the search benchmark's data). For each filter the
screen uses — one record, one kind in a month, one kind, one performer, every
kind in a month — it times a page of 200 rows and the count through
``localdb.worklog`` (the published-versions filter included), beside a plain
sqlite3 SELECT of the same page written by hand in the same run. Run twice:
with the planner's statistics (ANALYZE) and without (a store in the field
has none).

Targets: every page <= 50 ms and every count <= 150 ms (medians).

    python tests/bench/worklog.py [--db FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import calendar
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

TARGET_PAGE_MS = 50.0
TARGET_COUNT_MS = 150.0
ROWS = 1_000_000
SHANGHAI = ZoneInfo("Asia/Shanghai")


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first run warms the cache and is dropped
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]) * 1000


def utc_text(day: date) -> str:
    moment = datetime.combine(day, dtime(), SHANGHAI).astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a store filled by this script before (else one is made)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from localdb import worklog
    from localdb.migrate import open_store
    from localdb.url import to_url
    from tests.bench import search_data

    tmp = tempfile.TemporaryDirectory(prefix="sunshine-bench-")
    db = args.db or Path(tmp.name) / "worklog.db"
    if args.db is None:
        print(f"building a store with {ROWS:,} work rows…", flush=True)
        opened, _ = open_store(to_url(str(db)))
        opened.dispose()
        search_data.fill(db, ROWS, 0)
    raw = sqlite3.connect(str(db))
    record_id, kind, start = raw.execute(
        "SELECT id, substr(body_kind, 6), period_start FROM record WHERE state = 'published' "
        "AND body_kind = 'work_cleaning' ORDER BY period_start DESC LIMIT 1").fetchone()
    month = date.fromisoformat(start)
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    performer = raw.execute("SELECT performer FROM work_entry WHERE record_id = ? LIMIT 1",
                            (record_id,)).fetchone()[0]
    lo, hi = utc_text(month), utc_text(last + timedelta(days=1))
    cols = "id, record_id, kind, done_at, place, content, performer, result, note"
    plain: dict[str, tuple[str, tuple[Any, ...]]] = {
        "one record": (f"SELECT {cols} FROM work_entry WHERE record_id = ? ORDER BY done_at, id LIMIT 200",
                       (record_id,)),
        "one kind, one month": (f"SELECT {cols} FROM work_entry WHERE kind = ? AND done_at >= ? "
                                "AND done_at < ? ORDER BY done_at, id LIMIT 200", (kind, lo, hi)),
        "one kind": (f"SELECT {cols} FROM work_entry WHERE kind = ? ORDER BY done_at, id LIMIT 200", (kind,)),
        "one kind, one performer": (f"SELECT {cols} FROM work_entry WHERE kind = ? AND performer = ? "
                                    "ORDER BY done_at, id LIMIT 200", (kind, performer)),
        "every kind, one month": (f"SELECT {cols} FROM work_entry WHERE done_at >= ? AND done_at < ? "
                                  "ORDER BY done_at, id LIMIT 200", (lo, hi)),
    }
    filters: dict[str, dict[str, Any]] = {
        "one record": {"record_id": record_id},
        "one kind, one month": {"kind": kind, "start": month, "end": last},
        "one kind": {"kind": kind},
        "one kind, one performer": {"kind": kind, "performer": performer},
        "every kind, one month": {"start": month, "end": last},
    }
    ok = True
    for label, with_stats in (("with ANALYZE statistics", True), ("without statistics", False)):
        if not with_stats:
            raw.execute("DELETE FROM sqlite_stat1")
            raw.commit()
        store, _ = open_store(to_url(str(db)))
        total = raw.execute("SELECT count(*) FROM work_entry").fetchone()[0]
        print(f"\n{total:,} work rows — {label}")
        print(f"{'filter':26} {'plain page':>11} {'app page':>10} {'app count':>10} {'rows':>9}")
        for name, flt in filters.items():
            sql, params = plain[name]
            base = median_ms(lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), args.runs)
            with store.read() as s:
                page = median_ms(lambda flt=flt, s=s: worklog.work_rows(s, **flt), args.runs)
                count = median_ms(lambda flt=flt, s=s: worklog.work_count(s, **flt), args.runs)
                n = worklog.work_count(s, **flt)
            good = page <= TARGET_PAGE_MS and count <= TARGET_COUNT_MS
            ok = ok and good
            print(f"{name:26} {base:8.1f} ms {page:7.1f} ms {count:7.1f} ms {n:9,} {'' if good else 'OVER'}")
        with store.read() as s:
            who = median_ms(lambda s=s: worklog.performers(s, kind), args.runs)
        print(f"{'performers of one kind':26} {'':>11} {who:7.1f} ms")
        store.dispose()
    raw.close()
    tmp.cleanup()
    print(f"\ntargets: page <= {TARGET_PAGE_MS:.0f} ms, count <= {TARGET_COUNT_MS:.0f} ms: "
          f"{'OK' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
