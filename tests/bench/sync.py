"""Benchmark: push 10,000 operations and pull 10,000 dispatched complaints
over loopback, beside one request per operation in the same run.

- the city is the reference server (tests/citysim) in its own process, and
  each phase runs in a process of its own: its time is measured untraced, and
  its memory is that process's peak resident size (VmHWM: Python, the
  libraries, SQLite's cache and the phase's own data), shown beside the
  resident size it had before the phase began;
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
from tests.bench.memory import peak_mb  # noqa: E402

TARGET_SPEEDUP = 5.0
TARGET_SECONDS = 10.0
TOKEN = "citysim-token"


def start_city(n: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.citysim", "--port", "0", "--dispatch", str(n)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip().rsplit(" ", 1)[-1]


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def run_phase(phase: str, store: Path, url: str, count: int) -> tuple[float, float, float, int]:
    """(seconds, peak MB, MB before, done) of one phase, run in a child process."""
    out = subprocess.run([sys.executable, __file__, "--phase", phase, "--store", str(store),
                          "--url", url, "--count", str(count)],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    return got["seconds"], got["peak_mb"], got["before_mb"], got["done"]


def phase_main(phase: str, store_path: Path, url: str, count: int) -> int:
    """The child: open the store, then time the phase alone."""
    store = open_store(to_url(str(store_path)))[0]
    calls = {
        "pull": lambda: pull_batched(store, url),
        "pull_base": lambda: pull_one_by_one(store, url, [f"CD-{i:06d}" for i in range(1, count + 1)]),
        "push": lambda: push_batched(store, url),
        "push_base": lambda: push_one_by_one(store, url, count),
    }
    before = _rss_mb()
    started = time.perf_counter()
    done = calls[phase]()
    seconds = time.perf_counter() - started
    peak = peak_mb()
    store.dispose()
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "before_mb": before, "done": done}))
    return 0


def fresh_store(template: Path, folder: Path, name: str) -> Path:
    path = folder / name
    shutil.copyfile(template, path)
    return path


def enqueue_in(path: Path, tag: str) -> None:
    store = open_store(to_url(str(path)))[0]
    enqueue_notes(store, tag)
    store.dispose()


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
    parser.add_argument("--phase", help=argparse.SUPPRESS)  # the child process of one phase
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        return phase_main(args.phase, args.store, args.url, args.count)
    sample = min(args.baseline_sample, args.n)
    scale = args.n / sample
    folder = Path(tempfile.mkdtemp(prefix="sunshine-bench-sync-"))
    template = folder / "template.db"
    open_store(to_url(str(template)))[0].dispose()
    figures: dict[str, list[tuple[float, float, float]]] = {
        k: [] for k in ("pull", "pull_base", "push", "push_base")}
    try:
        for run in range(args.runs):
            proc, url = start_city(args.n)
            try:
                batched = fresh_store(template, folder, f"pull-{run}.db")
                t, peak, before, pulled = run_phase("pull", batched, url, args.n)
                assert pulled == args.n, pulled
                figures["pull"].append((t, peak, before))
                single = fresh_store(template, folder, f"pull1-{run}.db")
                t, peak, before, _ = run_phase("pull_base", single, url, sample)
                figures["pull_base"].append((t * scale, peak, before))
                enqueue_in(batched, "批量")
                t, peak, before, pushed = run_phase("push", batched, url, args.n)
                assert pushed == args.n, pushed
                figures["push"].append((t, peak, before))
                enqueue_in(batched, "逐条")
                t, peak, before, pushed = run_phase("push_base", batched, url, sample)
                assert pushed == sample, pushed
                figures["push_base"].append((t * scale, peak, before))
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
            shown = (f"{k} {v[-1][0]:.2f} s {v[-1][1]:.0f} MB" for k, v in figures.items())
            print(f"run {run + 1}: " + ", ".join(shown), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def med(name: str) -> tuple[float, float, float]:
        rows = figures[name]
        return (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows),
                statistics.median(r[2] for r in rows))

    ok = True
    scaled = f" (one request per operation: {sample:,} measured, time scaled x{scale:g})"
    print(f"\n{args.n:,} operations / dispatched complaints over loopback, median of {args.runs} runs"
          + (scaled if scale != 1 else ""))
    print("memory: the phase's process at its peak (resident before the phase began)")
    for what, fast, slow in (("pull", "pull", "pull_base"), ("push", "push", "push_base")):
        (t, m, m0), (bt, bm, bm0) = med(fast), med(slow)
        speedup = bt / t
        good = speedup >= TARGET_SPEEDUP and t <= TARGET_SECONDS
        ok &= good
        print(f"{what}: batched {t:6.2f} s, {m:5.0f} MB ({m0:.0f})   one request per operation "
              f"{bt:6.2f} s, {bm:5.0f} MB ({bm0:.0f})   {speedup:4.1f}x   {'OK' if good else 'MISSED'}")
    print(f"targets: >= {TARGET_SPEEDUP:.0f}x faster and <= {TARGET_SECONDS:.0f} s each: "
          f"{'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.pop("SUNSHINE_DB", None)
    sys.exit(main())
