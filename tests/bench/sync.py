"""Benchmark: push 10,000 operations and pull 10,000 dispatched complaints
over loopback, beside one request per operation in the same run.

- the city is the reference server (tests/citysim) in its own process, so
  the peak memory measured here (tracemalloc) is the client's alone;
- pull: the dispatch feed in pages, each page and its cursor in one
  transaction; baseline: one ``GET requests/{id}.json`` per complaint, each
  applied in its own transaction;
- push: the outbox in batches (one result per operation); baseline: one
  ``POST servicerequestupdates.json`` per operation, each answer recorded in its
  own transaction.

The per-operation loop takes minutes at 10,000, so by default it runs on the
first 1,000 (``--baseline-sample``) and its time is scaled to the full count
(it is linear: one round trip and one transaction each); peak memory is shown
as measured.

Targets: batched >= 5x faster than the per-operation loop, and <= 10 s each.

    python tests/bench/sync.py [--n 10000] [--runs 3] [--baseline-sample 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.sync import protocol  # noqa: E402
from desktop.sync.client import SyncClient  # noqa: E402
from desktop.sync.transport import CityTransport  # noqa: E402
from localdb import outbox  # noqa: E402
from localdb.engine import Store  # noqa: E402
from localdb.migrate import open_store  # noqa: E402
from localdb.models import Complaint, utcnow  # noqa: E402
from localdb.sync import inbound, queue  # noqa: E402
from localdb.sync.types import OpResult, Outcome, PulledPage  # noqa: E402
from localdb.url import to_url  # noqa: E402

TARGET_SPEEDUP = 5.0
TARGET_SECONDS = 10.0
TOKEN = "citysim-token"


def start_city(n: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.citysim", "--port", "0", "--dispatch", str(n)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip().rsplit(" ", 1)[-1]


def measured(call: Callable[..., object], *args: object) -> tuple[float, float, object]:
    """(seconds, peak MB, result) of ``call(*args)``."""
    tracemalloc.start()
    started = time.perf_counter()
    result = call(*args)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak, result


def fresh_store(template: Path, folder: Path, name: str) -> Store:
    path = folder / name
    shutil.copyfile(template, path)
    return open_store(to_url(str(path)))[0]


def pull_batched(store: Store, url: str) -> int:
    sync = SyncClient(store, CityTransport(url, TOKEN), page_size=1000)
    return sync.pull()


def pull_one_by_one(store: Store, url: str, ids: list[str]) -> int:  # baseline
    transport = CityTransport(url, TOKEN)
    for ident in ids:
        doc = transport.call("GET", f"requests/{ident}.json").doc
        page = protocol.parse_page({"items": [{"type": "request", "request": r}
                                              for r in doc["service_requests"]]})
        with store.write() as session:
            inbound.apply_page(session, PulledPage(page.requests), from_cursor=None, now=utcnow())
    return len(ids)


def enqueue_notes(store: Store, tag: str) -> None:
    from sqlalchemy import select

    with store.write() as session:
        for ident, number, city_id in session.execute(
                select(Complaint.id, Complaint.number, Complaint.city_id)):
            outbox.enqueue(session, "complaint.note", "complaint", ident,
                           {"number": number, "city_id": city_id, "status": "received",
                            "note": f"{tag}：已安排维修人员"})


def push_batched(store: Store, url: str) -> int:
    from desktop.sync.client import RoundSummary

    summary = RoundSummary()
    SyncClient(store, CityTransport(url, TOKEN), batch_size=1000).push(summary)
    return summary.pushed


def push_one_by_one(store: Store, url: str, limit: int) -> int:  # baseline
    transport = CityTransport(url, TOKEN)
    sent = 0
    while sent < limit:
        with store.write() as session:
            ops = queue.take_batch(session, 1, utcnow())
            if not ops:
                return sent
            (op,) = ops
            body = protocol.encode_op(op, transport.last.offset if transport.last and
                                      transport.last.offset else utcnow() - utcnow())
            queue.mark_sent(session, ops, {op.id: protocol.canonical(body)}, utcnow())
        answer = transport.call("POST", "servicerequestupdates.json", body=body["body"],
                                headers={"Idempotency-Key": op.key}).doc
        (update,) = answer["service_requests_updates"]
        with store.write() as session:
            queue.record_results(session, [OpResult(op.id, Outcome.APPLIED, server_id=update["update_id"],
                                                    city_id=update["service_request_id"],
                                                    revision=update["x_revision"],
                                                    city_status=update["x_status"])], utcnow())
        sent += 1
    return sent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-sample", type=int, default=1000)
    args = parser.parse_args()
    sample = min(args.baseline_sample, args.n)
    scale = args.n / sample
    folder = Path(tempfile.mkdtemp(prefix="sunshine-bench-sync-"))
    template = folder / "template.db"
    open_store(to_url(str(template)))[0].dispose()
    figures: dict[str, list[tuple[float, float]]] = {k: [] for k in
                                                     ("pull", "pull_base", "push", "push_base")}
    try:
        for run in range(args.runs):
            proc, url = start_city(args.n)
            try:
                ids = [f"CD-{i:06d}" for i in range(1, args.n + 1)]
                batched = fresh_store(template, folder, f"pull-{run}.db")
                t, peak, pulled = measured(pull_batched, batched, url)
                assert pulled == args.n, pulled
                figures["pull"].append((t, peak))
                single = fresh_store(template, folder, f"pull1-{run}.db")
                t, peak, _ = measured(pull_one_by_one, single, url, ids[:sample])
                figures["pull_base"].append((t * scale, peak))
                single.dispose()
                enqueue_notes(batched, "批量")
                t, peak, pushed = measured(push_batched, batched, url)
                assert pushed == args.n, pushed
                figures["push"].append((t, peak))
                enqueue_notes(batched, "逐条")
                t, peak, pushed = measured(push_one_by_one, batched, url, sample)
                assert pushed == sample, pushed
                figures["push_base"].append((t * scale, peak))
                batched.dispose()
                admin = url.split("/open311/")[0] + "/_admin/state"
                import urllib.request

                with urllib.request.urlopen(admin) as answer:
                    state = json.load(answer)
                assert state["duplicates"] == [] and state["applied"] == args.n + sample, state["applied"]
            finally:
                proc.terminate()
                proc.wait(10)
                if proc.stdout is not None:
                    proc.stdout.close()
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1][0]:.2f} s" for k, v in figures.items()),
                  flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def med(name: str) -> tuple[float, float]:
        return (statistics.median(t for t, _ in figures[name]),
                statistics.median(m for _, m in figures[name]))

    ok = True
    scaled = f" (one request per operation: {sample:,} measured, time scaled x{scale:g})"
    print(f"\n{args.n:,} operations / dispatched complaints over loopback, median of {args.runs} runs"
          + (scaled if scale != 1 else ""))
    for what, fast, slow in (("pull", "pull", "pull_base"), ("push", "push", "push_base")):
        (t, m), (bt, bm) = med(fast), med(slow)
        speedup = bt / t
        good = speedup >= TARGET_SPEEDUP and t <= TARGET_SECONDS
        ok &= good
        print(f"{what}: batched {t:6.2f} s (peak {m:6.1f} MB)   one request per operation "
              f"{bt:6.2f} s (peak {bm:6.1f} MB)   {speedup:4.1f}x   {'OK' if good else 'MISSED'}")
    print(f"targets: >= {TARGET_SPEEDUP:.0f}x faster and <= {TARGET_SECONDS:.0f} s each: "
          f"{'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.pop("SUNSHINE_DB", None)
    sys.exit(main())
