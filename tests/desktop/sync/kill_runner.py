"""Test harness, not production: runs a sync client in its own process and
kills that process with SIGKILL at a chosen point.

``python -m tests.desktop.sync.kill_runner DB_URL CITY_URL POINT``

POINT: ``after_local_commit`` (a complaint is saved, nothing sent yet),
``after_send`` (the batch is sent and the city has applied it, no answer read:
the city is told to answer slowly and this process watches its admin state),
``before_cursor_saved`` (a pulled page is applied but its transaction not
committed).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
import urllib.request

from localdb.migrate import open_store
from localdb.url import to_url
from tests.desktop.sync.helpers import client, walk_in


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def applied_on(city_url: str) -> int:
    admin = city_url.split("/open311/")[0] + "/_admin/state"
    with urllib.request.urlopen(admin, timeout=5) as answer:
        return int(json.load(answer)["applied"])


def main(db_url: str, city_url: str, point: str) -> None:
    store, _ = open_store(to_url(db_url))
    if point == "after_local_commit":
        walk_in(store, "SIGKILL 之前刚保存的投诉")
        die()

    class City:  # what helpers.client needs of a CitySim
        url = city_url

    def hooks(name: str) -> None:
        if point == "before_cursor_saved" and name == "before_cursor_saved":
            die()
        if point == "after_send" and name == "after_mark_sent":
            before = applied_on(city_url)

            def watch() -> None:  # the city committed while we wait for its answer
                while applied_on(city_url) == before:
                    time.sleep(0.05)
                die()

            threading.Thread(target=watch, daemon=True).start()

    client(store, City(), hooks=hooks, timeout=(2.0, 30.0)).run_round()  # type: ignore[arg-type]
    print("round finished without being killed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
