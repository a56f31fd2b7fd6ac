"""The reference server runs as its own process and takes fault switches at
start-up and at run time; it keeps idempotency keys for 30 days."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.citysim import CitySim
from tests.citysim.state import CityState

ROOT = Path(__file__).resolve().parents[2]


def _call(url: str, method: str = "GET", body: Any = None, token: str = "citysim-token") -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json",
        "Idempotency-Key": "k-1"})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, dict(answer.headers), json.load(answer)
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), json.load(exc)


@pytest.mark.slow
def test_runs_as_a_process_with_faults_from_the_command_line() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.citysim", "--port", "0", "--dispatch", "3", "--skew", "3600",
         "--fault", '{"fault": "rate_limit", "endpoint": "dispatch", "times": 1, "seconds": 4}'],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        status, headers, body = _call(url + "x/dispatch.json")
        assert (status, headers["Retry-After"], body["x_error"]) == (429, "4", "rate_limited")
        status, headers, body = _call(url + "x/dispatch.json")
        assert status == 200 and len(body["items"]) == 3 and body["has_more"] is False
        assert headers["X-Server-Time"] == body["server_time"]
        admin = url.split("/open311/")[0] + "/_admin/"
        _call(admin + "faults", "POST", {"faults": [{"fault": "http_500", "endpoint": "dispatch"}]})
        assert _call(url + "x/dispatch.json")[0] == 500
        assert _call(url + "x/dispatch.json", token="nope")[0] == 401
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == 0


def test_keys_are_kept_thirty_days() -> None:
    state = CityState()
    body = {"x_client_ref": "TS1", "description": "漏水"}
    assert state.apply("demo", "request.create", "k", body)["result"] == "applied"
    state.skew = timedelta(days=29)
    assert state.apply("demo", "request.create", "k", body)["result"] == "replayed"
    assert state.apply("demo", "request.create", "k", {**body, "description": "别的"})["reason"]["code"] \
        == "key_reused"
    assert state.applications() == {"k": 1}


def test_single_write_endpoints_answer_replayed_and_key_reused() -> None:
    with CitySim() as sim:
        url = sim.start()
        first = _call(url + "requests.json", "POST", {"x_client_ref": "TS1", "description": "漏水"})
        again = _call(url + "requests.json", "POST", {"x_client_ref": "TS1", "description": "漏水"})
        other = _call(url + "requests.json", "POST", {"x_client_ref": "TS1", "description": "别的"})
    assert first[0] == 201 and again[0] == 200 and again[1]["Idempotency-Replayed"] == "true"
    assert again[2]["service_requests"] == first[2]["service_requests"]
    assert (other[0], other[2]["x_error"]) == (422, "key_reused")
