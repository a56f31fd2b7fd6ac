"""Benchmark: one intake write (complaint + timeline + clocks + audit + outbox)
on SQLite, p50/p95 over many writes; target p95 <= 15 ms.

Baseline in the same run and on the same kind of file (WAL, synchronous=FULL):
a bare transaction inserting one row, i.e. what durability itself costs.

    python tests/bench/intake.py [--writes N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_P95_MS = 15.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_intake(folder: Path, writes: int) -> list[float]:
    from sqlalchemy import select

    from localdb import demo
    from localdb.complaints.intake import ComplaintInput, intake
    from localdb.migrate import open_store
    from localdb.models import ComplaintCategory
    from localdb.roles import SYSTEM, Actor, Role
    from localdb.url import to_url

    store, _ = open_store(to_url(str(folder / "intake.db")))
    with store.write() as s:
        demo.load(s, SYSTEM, "small")  # a desk with a year of history
    with store.read() as s:
        categories = list(s.execute(select(ComplaintCategory.id)).scalars())
    clerk = Actor(1, "张丽", Role.DESK, "zhangli")
    timings: list[float] = []
    for i in range(writes):
        data = ComplaintInput(
            channel="walk_in", category_id=categories[i % len(categories)],
            description=f"第{i}号测试投诉：楼道灯不亮，晚上很不方便", room_id=1 + i % 400,
            contact_name="李明", contact_phone="13800001234",
        )
        start = time.perf_counter()
        with store.write() as s:
            intake(s, clerk, data)
        timings.append((time.perf_counter() - start) * 1000)
    store.dispose()
    return timings


def bench_bare(folder: Path, writes: int) -> list[float]:
    conn = sqlite3.connect(str(folder / "bare.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    timings: list[float] = []
    for i in range(writes):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (body) VALUES (?)", (f"第{i}号",))
        conn.execute("COMMIT")
        timings.append((time.perf_counter() - start) * 1000)
    conn.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sunshine-bench-") as tmp:
        bare = bench_bare(Path(tmp), args.writes)
        app = bench_intake(Path(tmp), args.writes)
    p95 = percentile(app, 95)
    print(f"writes: {args.writes} each; SQLite WAL, synchronous=FULL")
    print(f"bare one-row transaction  p50 {statistics.median(bare):6.2f} ms  "
          f"p95 {percentile(bare, 95):6.2f} ms")
    print(f"intake (complaint+events+clocks+audit+outbox)  p50 {statistics.median(app):6.2f} ms  "
          f"p95 {p95:6.2f} ms")
    print(f"target p95 <= {TARGET_P95_MS} ms: {'OK' if p95 <= TARGET_P95_MS else 'OVER'}")
    return 0 if p95 <= TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
