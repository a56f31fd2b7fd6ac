"""HTTP face of the reference city server (stdlib ``http.server``), with the
fault switches applied where a real network or server would fail."""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from datetime import timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.citysim.faults import Faults, Rule
from tests.citysim.state import SERVICES, CityState, Refused, fmt, payload_hash

BASE = "/open311/v2/"
MAX_BATCH = 1000
MAX_ATTACHMENT = 20 * 1024 * 1024


class _Dropped(Exception):
    """The connection was closed without an answer (a fault)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (timeout, killed) is part of the game, not an error.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class CitySim:
    """The reference server, in-process (``start()`` on port 0 returns its URL)
    or as a process (``python -m tests.citysim``)."""

    def __init__(self, projects: dict[str, str] | None = None, *, dispatch: int = 0,
                 project: str | None = None, seed: int = 7) -> None:
        self.state = CityState(projects, seed=seed)
        self.faults = Faults()
        self.batch_keys: dict[tuple[str, str], str] = {}
        self.hits: dict[str, int] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        if dispatch:
            self.state.dispatch(project or next(iter(self.state.tokens.values())), dispatch)

    def start(self, port: int = 0, host: str = "127.0.0.1", *, certfile: Path | None = None,
              keyfile: Path | None = None) -> str:
        sim = self

        class Handler(_Handler):
            city = sim

        server = _Server((host, port), Handler)
        scheme = "http"
        if certfile is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(certfile), str(keyfile) if keyfile else None)
            server.socket = context.wrap_socket(server.socket, server_side=True)
            scheme = "https"
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="citysim", daemon=True)
        self._thread.start()
        name = "localhost" if certfile is not None else host
        self.url = f"{scheme}://{name}:{server.server_address[1]}{BASE}"
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> CitySim:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    city: CitySim
    protocol_version = "HTTP/1.1"  # keep-alive: the one-request-per-operation baseline needs it
    server_version = "citysim/1"
    _slow_after: Rule | None = None

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle's
        # algorithm and the client's delayed ACK add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # --- plumbing ---------------------------------------------------------------------------

    def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        now = self.city.state.now()
        body = {"server_time": fmt(now), **body}
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("Date", format_datetime(now, usegmt=True))
        self.send_header("X-Server-Time", fmt(now) or "")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def _error(self, status: int, code: str, description: str,
               headers: dict[str, str] | None = None) -> None:
        self._send(status, {"errors": [{"code": status, "description": description}], "x_error": code},
                   headers)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        raise _Dropped

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _json(self, raw: bytes) -> Any:
        try:
            return json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None

    def _project(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        return self.city.state.project_for(token)

    def _fault(self, fault: str, endpoint: str) -> Rule | None:
        return self.city.faults.request_fault(fault, endpoint)

    def _before(self, endpoint: str) -> bool:
        """Request-level faults that strike before any work; True when answered."""
        self.city.hits[endpoint] = self.city.hits.get(endpoint, 0) + 1
        if self._fault("drop_before", endpoint):
            self._drop()
        rule = self._fault("rate_limit", endpoint)
        if rule:
            seconds = str(rule.params.get("seconds", 1))
            self._error(429, "rate_limited", "too many requests", {"Retry-After": seconds})
            return True
        if self._fault("http_500", endpoint):
            self._error(500, "server_error", "internal error")
            return True
        rule = self._fault("slow", endpoint)
        if rule and rule.params.get("when", "before") == "before":
            time.sleep(float(rule.params.get("seconds", 1)))
        elif rule:  # slow after the work: put it back for _after
            self._slow_after = rule
        return False

    def _after(self, endpoint: str) -> None:
        """Faults that strike after the work was committed, before the answer."""
        rule = getattr(self, "_slow_after", None)
        if rule is not None:
            self._slow_after = None
            time.sleep(float(rule.params.get("seconds", 1)))
        if self._fault("drop_after", endpoint):
            self._drop()

    def _route(self, method: str) -> None:
        path = urlsplit(self.path)
        try:
            if path.path.startswith("/_admin/"):
                self._admin(method, path.path[len("/_admin/"):], self._json(self._body()))
                return
            if not path.path.startswith(BASE):
                self._error(404, "not_found", "no such endpoint")
                return
            raw = self._body() if method in ("POST", "PUT") else b""
            project = self._project()
            if project is None:
                self._error(401, "unauthorized", "a valid bearer token is required")
                return
            self._api(method, path.path[len(BASE):], parse_qs(path.query), project, raw)
        except _Dropped:
            return
        except Refused as exc:
            self._error(exc.http, exc.code, exc.message)

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def do_PUT(self) -> None:
        self._route("PUT")

    def do_DELETE(self) -> None:
        self._route("DELETE")

    # --- the protocol -----------------------------------------------------------------------

    def _api(self, method: str, path: str, query: dict[str, list[str]], project: str,
             raw: bytes) -> None:
        state = self.city.state
        if method == "GET" and path == "services.json":
            self._send(200, {"services": [
                {"service_code": c, "service_name": n, "description": n, "metadata": False,
                 "type": "realtime", "keywords": "", "group": "物业", "x_urgency": u}
                for c, n, u in SERVICES]})
        elif method == "GET" and path.startswith("services/"):
            code = path[len("services/"):].removesuffix(".json")
            self._send(200, {"service_definition": {"service_code": code, "attributes": []}})
        elif method == "GET" and path == "x/dispatch.json":
            self._dispatch(query, project)
        elif method == "POST" and path == "x/batch.json":
            self._batch(project, raw)
        elif method == "POST" and path in ("requests.json", "servicerequestupdates.json",
                                           "x/disclosures.json"):
            op, endpoint = {"requests.json": ("request.create", "create"),
                            "servicerequestupdates.json": ("request.update", "update"),
                            "x/disclosures.json": ("disclosure.publish", "disclosure")}[path]
            self._single(project, op, endpoint, raw)
        elif method == "PUT" and path.startswith("x/attachments/"):
            self._attachment(path[len("x/attachments/"):], raw)
        elif method == "GET" and path == "requests.json":
            wanted = set(",".join(query.get("service_request_id", [])).split(",")) - {""}
            with state.lock:
                found = [r.snapshot() for r in state.requests.values()
                         if r.project == project and (not wanted or r.id in wanted)]
            self._send(200, {"service_requests": found})
        elif method == "GET" and path.startswith("requests/"):
            ident = path[len("requests/"):].removesuffix(".json")
            with state.lock:
                request = state.requests.get(ident)
                if request is None or request.project != project:
                    raise Refused("unknown_request", f"unknown service_request_id {ident}", 404)
                self._send(200, {"service_requests": [request.snapshot()]})
        elif method == "GET" and path == "servicerequestupdates.json":
            with state.lock:
                found = [u.to_dict() for u in state.updates.values() if u.project == project]
            self._send(200, {"service_requests_updates": found})
        else:
            self._error(404, "not_found", "no such endpoint")

    def _dispatch(self, query: dict[str, list[str]], project: str) -> None:
        if self._before("dispatch"):
            return
        state = self.city.state
        cursor = (query.get("cursor") or [""])[0]
        if cursor and self._fault("expired_cursor", "dispatch"):
            state.expire_cursors()
        after = state.parse_cursor(cursor)
        if after is None:
            self._error(410, "cursor_expired", "this cursor has expired; start again without one")
            return
        limit = max(1, min(1000, int((query.get("limit") or ["500"])[0])))
        shuffled = self._fault("out_of_order", "dispatch") is not None
        items, last, more = state.page(project, after, limit, out_of_order=shuffled)
        self._after("dispatch")
        self._send(200, {"items": items, "next_cursor": state.cursor(last), "has_more": more})

    def _batch(self, project: str, raw: bytes) -> None:
        if self._before("batch"):
            return
        body = self._json(raw)
        ops = body.get("operations") if isinstance(body, dict) else None
        if not isinstance(ops, list) or not ops:
            self._error(400, "invalid", "operations must be a non-empty list")
            return
        if len(ops) > MAX_BATCH:
            self._error(413, "too_large", f"at most {MAX_BATCH} operations a batch")
            return
        batch_key = self.headers.get("Idempotency-Key", "")
        if not batch_key:
            self._error(400, "invalid", "Idempotency-Key header is required")
            return
        digest = payload_hash("batch", ops)
        with self.city.state.lock:
            seen = self.city.batch_keys.setdefault((project, batch_key), digest)
        if seen != digest:
            self._error(422, "key_reused", "this batch Idempotency-Key was used for another batch")
            return
        drop = self._fault("drop_after", "batch")
        limit = int(drop.params.get("after_ops", len(ops))) if drop else len(ops)
        duplicate = self._fault("duplicate", "batch") is not None
        results = self._apply_all(project, ops[:limit])
        if duplicate:  # the same bytes arrive again: every operation must come back replayed
            results = self._apply_all(project, ops[:limit])
        if drop:
            self._drop()
        self._after("batch")
        self._send(200, {"results": results})

    def _apply_all(self, project: str, ops: list[Any]) -> list[dict[str, Any]]:
        state = self.city.state
        blocked: set[str] = set()
        results = []
        with state.lock:  # one batch at a time, so order per case holds across clients
            for item in ops:
                if not isinstance(item, dict):
                    results.append({"idempotency_key": "", "result": "rejected",
                                    "reason": {"code": "invalid", "message": "not an object"}})
                    continue
                key, op, body = str(item.get("idempotency_key") or ""), str(item.get("op")), item.get("body")
                case = state.case_of(project, body)
                if case in blocked:
                    results.append({"idempotency_key": key, "result": "retryable",
                                    "reason": {"code": "blocked",
                                               "message": "an earlier operation of this case is waiting"}})
                    continue
                fault = self.city.faults.op_fault("batch", op, body if isinstance(body, dict) else {}, key)
                result = state.apply(project, op, key, body, fault=fault)
                if result["result"] == "retryable":
                    blocked.add(case)
                results.append(result)
        return results

    def _single(self, project: str, op: str, endpoint: str, raw: bytes) -> None:
        if self._before(endpoint):
            return
        key = self.headers.get("Idempotency-Key", "")
        body = self._json(raw)
        if not key or not isinstance(body, dict):
            self._error(400, "invalid", "Idempotency-Key header and a JSON object body are required")
            return
        fault = self.city.faults.op_fault(endpoint, op, body, key)
        result = self.city.state.apply(project, op, key, body, fault=fault)
        self._after(endpoint)
        kind = result.pop("result")
        if kind == "rejected":
            reason = result["reason"]
            status = 422 if reason["code"] == "key_reused" else 409 if reason["code"] == "duplicate_ref" \
                else 404 if reason["code"] == "unknown_request" else 400
            self._error(status, reason["code"], reason["message"])
        elif kind == "retryable":
            self._error(500, "server_error", "internal error")
        else:
            root = {"request.create": "service_requests", "request.update": "service_requests_updates",
                    "disclosure.publish": "disclosures"}[op]
            headers = {"Idempotency-Replayed": "true"} if kind == "replayed" else {}
            self._send(201 if kind == "applied" else 200, {root: [result]}, headers)

    def _attachment(self, sha256: str, raw: bytes) -> None:
        if self._before("attachment"):
            return
        if len(raw) > MAX_ATTACHMENT:
            self._error(413, "too_large", "attachments are limited to 20 MB")
            return
        rule = self.city.faults.op_fault("attachment", "attachment", {}, sha256)
        if rule is not None and rule.fault == "reject":
            self._error(400, str(rule.params.get("code", "refused")),
                        str(rule.params.get("message", "refused")))
            return
        if rule is not None:
            self._error(500, "server_error", "internal error")
            return
        created = self.city.state.put_attachment(sha256, self.headers.get("Content-Type", ""), raw)
        self._after("attachment")
        self._send(201 if created else 200, {"sha256": sha256, "size": len(raw)})

    # --- admin (tests) ----------------------------------------------------------------------

    def _admin(self, method: str, path: str, body: Any) -> None:
        city, state = self.city, self.city.state
        body = body if isinstance(body, dict) else {}
        project = str(body.get("project") or next(iter(state.tokens.values())))
        if path == "state" and method == "GET":
            self._send(200, {**state.summary(), "faults": city.faults.describe(), "hits": city.hits})
        elif path == "faults" and method == "POST":
            if "skew_seconds" in body:
                state.skew = timedelta(seconds=float(body["skew_seconds"]))
            city.faults.set(list(body.get("faults") or []), replace=bool(body.get("replace", True)))
            self._send(200, {"faults": city.faults.describe()})
        elif path == "faults" and method == "DELETE":
            city.faults.clear()
            self._send(200, {"faults": []})
        elif path == "dispatch" and method == "POST":
            self._send(200, {"created": state.dispatch(project, int(body.get("count", 1)))})
        elif path == "city" and method == "POST":
            ident = str(body["service_request_id"])
            if body.get("action") == "supervise":
                self._send(200, {"supervision": state.supervise(ident, str(body.get("note", "")))})
            else:
                self._send(200, {"update": state.city_update(ident, body.get("x_status"),
                                                             str(body.get("note", "")))})
        elif path == "expire-cursors" and method == "POST":
            state.expire_cursors()
            self._send(200, {"epoch": state.epoch})
        elif path == "projects" and method == "POST":
            with state.lock:
                state.tokens[str(body["token"])] = project
            self._send(200, {"project": project})
        else:
            self._error(404, "not_found", "no such admin endpoint")
