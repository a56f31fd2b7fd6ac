"""HTTP to the city system (requests): bearer token, verified TLS, the
server's clock read from every answer, failures sorted into kinds."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import requests

from desktop.sync import protocol
from desktop.sync.errors import TransportError
from localdb.models import utcnow
from localdb.sync.settings import check_url

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Answer:
    status: int
    doc: dict[str, Any]
    offset: timedelta | None  # server clock minus ours, from this answer
    rtt: float  # seconds, by our clock


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


class CityTransport:
    """One city system, one project token. ``ca_bundle`` pins a certificate
    (a self-signed city's); verification itself is never turned off."""

    def __init__(self, base_url: str, token: str, *, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = (5.0, 30.0), now: Clock = utcnow,
                 session: requests.Session | None = None) -> None:
        self.base_url = check_url(base_url)
        self.timeout = timeout
        self.now = now
        self.session = session or requests.Session()
        # Passed with every request: a pinned bundle must win over REQUESTS_CA_BUNDLE
        # and the like, which requests would otherwise put in place of a session setting.
        self.verify: str | bool = ca_bundle or True
        self.session.headers.update({"Authorization": f"Bearer {token}",
                                     "Accept": "application/json",
                                     "User-Agent": "sunshine-desk-sync/1"})
        self.last: Answer | None = None

    def close(self) -> None:
        self.session.close()

    def call(self, method: str, path: str, *, body: Any = None, data: bytes | None = None,
             headers: dict[str, str] | None = None, params: dict[str, Any] | None = None,
             ok: tuple[int, ...] = (200, 201)) -> Answer:
        sent = self.now()
        raw = data if data is not None else (
            json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None)
        all_headers = dict(headers or {})
        if body is not None:
            all_headers["Content-Type"] = "application/json; charset=utf-8"
        try:
            response = self.session.request(method, self.base_url + path, data=raw, params=params,
                                            headers=all_headers, timeout=self.timeout,
                                            verify=self.verify)
        except requests.exceptions.SSLError as exc:
            raise TransportError("tls", _short(exc)) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransportError("offline", _short(exc)) from exc
        received = self.now()
        answer = self._answer(response, sent, received)
        self.last = answer
        if response.status_code in ok:
            return answer
        code = str(answer.doc.get("x_error") or "")
        detail = f"HTTP {response.status_code} {code}".strip()
        if response.status_code in (401, 403):
            raise TransportError("auth", detail, status=response.status_code, code=code)
        if response.status_code == 410 and code == "cursor_expired":
            raise TransportError("cursor_expired", detail, status=410, code=code)
        if response.status_code in (429, 503):
            raise TransportError("rate_limited", detail, status=response.status_code,
                                 retry_after=_retry_after(response), code=code)
        if response.status_code >= 500:
            raise TransportError("server", detail, status=response.status_code,
                                 retry_after=_retry_after(response), code=code)
        errors = answer.doc.get("errors") or [{}]
        description = str(errors[0].get("description") or "") if isinstance(errors[0], dict) else ""
        raise TransportError("refused", description or detail, status=response.status_code, code=code)

    def _answer(self, response: requests.Response, sent: datetime, received: datetime) -> Answer:
        try:
            doc = response.json()
        except ValueError:
            doc = {}
        if not isinstance(doc, dict):
            doc = {}
        server = protocol.parse_time(response.headers.get("X-Server-Time") or doc.get("server_time"))
        offset = server - (sent + (received - sent) / 2) if server is not None else None
        return Answer(response.status_code, doc, offset, (received - sent).total_seconds())

    # --- the protocol's calls ---------------------------------------------------------------

    def post_batch(self, operations: list[dict[str, Any]]) -> Answer:
        return self.call("POST", "x/batch.json", body={"operations": operations},
                         headers={"Idempotency-Key": protocol.batch_key(operations)})

    def get_dispatch(self, cursor: str | None, limit: int) -> Answer:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self.call("GET", "x/dispatch.json", params=params)

    def put_attachment(self, sha256: str, mime: str, data: bytes) -> Answer:
        return self.call("PUT", f"x/attachments/{sha256}", data=data,
                         headers={"Content-Type": mime or "application/octet-stream",
                                  "Idempotency-Key": sha256})


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 300 else text[:300] + "…"
