"""Rounds on a schedule: capped exponential backoff with jitter that keeps
firing with no new local write, honours Retry-After, and starts from the
shortest wait again once the city answers."""

from __future__ import annotations

import random
import threading
from datetime import timedelta

from desktop.sync.backoff import Backoff
from desktop.sync.client import RoundSummary
from desktop.sync.scheduler import SyncScheduler
from localdb.engine import Store
from tests.citysim import CitySim
from tests.desktop.sync.helpers import Clock, assert_all_applied, client, walk_in


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    backoff = Backoff(base=2.0, cap=30.0, rng=random.Random(3))
    for n, ceiling in ((1, 2), (2, 4), (3, 8), (4, 16), (5, 30), (40, 30)):
        delays = [backoff.delay(n) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays), (n, min(delays), max(delays))
        assert len(set(delays)) > 1  # jitter: clients that failed together spread out
    assert backoff.delay(1, at_least=12.0) == 12.0


def test_retries_keep_firing_without_a_new_local_write(sqlite_store: Store, city: CitySim) -> None:
    walk_in(sqlite_store)  # the only local write
    city.faults.add("http_500", "batch", times=3)
    waits: list[float] = []
    scheduler = SyncScheduler(client(sqlite_store, city).run_round, interval=60.0,
                              backoff=Backoff(base=2.0, cap=5.0, rng=random.Random(1)), wait=waits.append)
    delays = [scheduler.step() for _ in range(4)]
    assert 1.0 <= delays[0] <= 2.0 and 2.0 <= delays[1] <= 4.0 and 2.5 <= delays[2] <= 5.0
    assert delays[3] == 60.0  # the city answered: back to the normal interval
    assert scheduler.failures == 0
    assert_all_applied(city, sqlite_store)
    city.faults.add("drop_before", "batch", times=1)
    walk_in(sqlite_store, "又一件")
    assert scheduler.step() <= 2.0  # a new failure starts again from the shortest wait


def test_retry_after_is_honoured(sqlite_store: Store, city: CitySim) -> None:
    walk_in(sqlite_store)
    city.faults.add("rate_limit", "batch", times=1, seconds=7)
    scheduler = SyncScheduler(client(sqlite_store, city).run_round,
                              backoff=Backoff(base=1.0, cap=2.0), wait=lambda s: None)
    assert scheduler.step() >= 7.0
    # The round itself is fine, but the operation waits out the city's Retry-After:
    # the next round is due when it may go again, and the city was not asked meanwhile.
    assert 5.0 < scheduler.step() <= 7.0
    assert city.hits["batch"] == 1
    client(sqlite_store, city, now=Clock(timedelta(seconds=8))).run_round()
    assert_all_applied(city, sqlite_store)


def test_a_crashing_round_counts_as_a_failure_and_the_loop_goes_on() -> None:
    calls: list[str] = []

    def flaky() -> RoundSummary:
        calls.append("x")
        if len(calls) == 1:
            raise RuntimeError("database locked")
        return RoundSummary()

    scheduler = SyncScheduler(flaky, interval=30.0, backoff=Backoff(base=4.0, cap=4.0))
    assert 2.0 <= scheduler.step() <= 4.0
    assert scheduler.step() == 30.0


def test_worker_thread_runs_on_demand_and_stops() -> None:
    rounds = threading.Semaphore(0)

    def one() -> RoundSummary:
        rounds.release()
        return RoundSummary()

    scheduler = SyncScheduler(one, interval=3600.0)
    worker = threading.Thread(target=scheduler.run)
    worker.start()
    assert rounds.acquire(timeout=5)  # the first round at start
    scheduler.trigger()  # "sync now": no waiting an hour
    assert rounds.acquire(timeout=5)
    scheduler.stop()
    worker.join(5)
    assert not worker.is_alive()
