"""The reference city server's state: projects, requests, updates, supervision
notes, disclosures, attachments and idempotency keys, as desktop/sync/PROTOCOL.md
describes them. Pure Python, one lock; the HTTP layer is in ``server.py``."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

STATUSES = ("received", "responded", "in_progress", "paused", "resolved", "followed_up", "closed",
            "referred")
CLOSED = frozenset({"resolved", "followed_up", "closed", "referred"})
CITY_CHANNELS = ("qr_code", "hotline_12345", "city_app")
SERVICES = (  # (code, name, urgency): the city's catalogue, named as the desk names them
    ("001", "电梯困人", "urgent"), ("002", "爆管漏水", "urgent"), ("010", "公共设施报修", "ordinary"),
    ("011", "环境卫生", "ordinary"), ("012", "噪音扰民", "ordinary"), ("013", "停车管理", "ordinary"),
    ("020", "房屋渗漏", "complex"), ("021", "物业费争议", "complex"),
)
KEY_RETENTION = timedelta(days=30)


def fmt(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: Any) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(str(text))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def payload_hash(op: str, body: Any) -> str:
    canonical = json.dumps({"op": op, "body": body}, ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Refused(Exception):
    def __init__(self, code: str, message: str, http: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.http = code, message, http


@dataclass
class Request:
    id: str
    project: str
    service_code: str
    service_name: str
    description: str
    channel: str
    status: str
    requested_at: datetime
    updated_at: datetime
    response_due: datetime | None
    resolution_due: datetime | None
    urgency: str
    client_ref: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""
    room: str = ""
    revision: int = 1
    history: list[dict[str, Any]] = field(default_factory=list)  # older snapshots

    def snapshot(self) -> dict[str, Any]:
        return {
            "service_request_id": self.id, "status": "closed" if self.status in CLOSED else "open",
            "status_notes": "", "service_name": self.service_name, "service_code": self.service_code,
            "description": self.description, "agency_responsible": "", "service_notice": "",
            "requested_datetime": fmt(self.requested_at), "updated_datetime": fmt(self.updated_at),
            "expected_datetime": fmt(self.resolution_due), "address": self.address,
            "address_id": "", "zipcode": "", "lat": None, "long": None, "media_url": "",
            "x_status": self.status, "x_revision": self.revision, "x_channel": self.channel,
            "x_response_due": fmt(self.response_due), "x_resolution_due": fmt(self.resolution_due),
            "x_urgency": self.urgency, "x_client_ref": self.client_ref,
            "x_contact_name": self.contact_name, "x_contact_phone": self.contact_phone,
            "x_room": self.room, "x_project": self.project,
        }


@dataclass
class Update:
    id: str
    request_id: str
    project: str
    source: str  # project | city
    status: str | None
    action: str
    description: str
    data: dict[str, Any]
    at: datetime
    client_at: str | None
    revision: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "update_id": self.id, "service_request_id": self.request_id,
            "status": None if self.status is None else ("closed" if self.status in CLOSED else "open"),
            "updated_datetime": fmt(self.at), "description": self.description, "media_url": "",
            "x_status": self.status, "x_action": self.action, "x_data": self.data,
            "x_revision": self.revision, "x_source": self.source, "x_client_datetime": self.client_at,
        }


@dataclass
class Supervision:
    id: str
    request_id: str
    project: str
    authority: str
    note: str
    issued_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"supervision_id": self.id, "service_request_id": self.request_id,
                "authority": self.authority, "note": self.note, "issued_datetime": fmt(self.issued_at)}


@dataclass
class KeyRecord:
    digest: str
    result: dict[str, Any]
    applied_at: datetime


class CityState:
    """Everything the server knows. Every public method takes the lock."""

    def __init__(self, projects: dict[str, str] | None = None, *, seed: int = 7) -> None:
        self.lock = threading.RLock()
        self.tokens: dict[str, str] = {}  # token -> project
        for project, token in (projects or {"demo": "citysim-token"}).items():
            self.tokens[token] = project
        self.skew = timedelta(0)
        self.requests: dict[str, Request] = {}
        self.by_ref: dict[tuple[str, str], str] = {}
        self.updates: dict[str, Update] = {}
        self.supervisions: dict[str, Supervision] = {}
        self.disclosures: dict[str, dict[str, Any]] = {}
        self.attachments: dict[str, tuple[str, bytes]] = {}
        self.keys: dict[tuple[str, str], KeyRecord] = {}
        #: every application of an operation: (project, key, op) — exactly-once is judged here
        self.applied_log: list[tuple[str, str, str]] = []
        self.epoch = 1
        self._seq = 0
        self._ids = Counter[str]()
        # (kind, id) -> (seq, project); re-inserted on change, so dict order is seq order
        self._feed: dict[tuple[str, str], tuple[int, str]] = {}
        self._random = random.Random(seed)

    # --- time, ids, feed ---------------------------------------------------------------

    def now(self) -> datetime:
        """The server's clock (skewed on request), to the millisecond as it goes on the wire."""
        now = datetime.now(UTC) + self.skew
        return now.replace(microsecond=now.microsecond // 1000 * 1000)

    def _next_id(self, prefix: str) -> str:
        self._ids[prefix] += 1
        return f"{prefix}-{self._ids[prefix]:06d}"

    def _touch(self, kind: str, ident: str, project: str) -> None:
        self._seq += 1
        self._feed.pop((kind, ident), None)
        self._feed[(kind, ident)] = (self._seq, project)

    def project_for(self, token: str | None) -> str | None:
        return self.tokens.get(token or "")

    # --- idempotency --------------------------------------------------------------------

    def _known_key(self, project: str, key: str, now: datetime) -> KeyRecord | None:
        record = self.keys.get((project, key))
        if record is not None and now - record.applied_at > KEY_RETENTION:
            del self.keys[(project, key)]  # kept 30 days, as the protocol promises, then gone
            return None
        return record

    def apply(self, project: str, op: str, key: str, body: Any, *,
              fault: Any = None) -> dict[str, Any]:
        """One operation: applied, replayed, rejected or retryable (a result object)."""
        with self.lock:
            now = self.now()
            if not key or not isinstance(body, dict):
                return _rejected(key, "invalid", "idempotency_key and an object body are required")
            digest = payload_hash(op, body)
            known = self._known_key(project, key, now)
            if known is not None:
                if known.digest != digest:
                    return _rejected(key, "key_reused",
                                     "this Idempotency-Key was used before with a different payload")
                return {**known.result, "result": "replayed"}
            if fault is not None and fault.fault == "reject":
                return _rejected(key, str(fault.params.get("code", "refused")),
                                 str(fault.params.get("message", "refused by the city")))
            if fault is not None and fault.fault == "op_500":
                return {"idempotency_key": key, "result": "retryable",
                        "reason": {"code": "server_error", "message": "internal error"}}
            try:
                if op == "request.create":
                    fields = self._create(project, body, now)
                elif op == "request.update":
                    fields = self._update(project, body, now)
                elif op == "disclosure.publish":
                    fields = self._disclose(project, body, now)
                else:
                    raise Refused("invalid", f"unknown operation {op!r}")
            except Refused as exc:
                return _rejected(key, exc.code, exc.message)
            result = {"idempotency_key": key, "result": "applied", **fields}
            self.keys[(project, key)] = KeyRecord(digest, result, now)
            self.applied_log.append((project, key, op))
            return result

    def case_of(self, project: str, body: Any) -> str:
        """The request an operation is about (for order per case)."""
        if not isinstance(body, dict):
            return ""
        ref = body.get("service_request_id")
        if ref:
            return str(ref)
        client_ref = body.get("x_client_ref")
        if client_ref:
            return self.by_ref.get((project, str(client_ref)), f"ref:{client_ref}")
        return f"record:{body.get('x_record_id', '')}"

    # --- operations ---------------------------------------------------------------------

    def _service(self, body: dict[str, Any]) -> tuple[str, str, str]:
        code, name = body.get("service_code"), body.get("service_name")
        for s_code, s_name, urgency in SERVICES:
            if code == s_code or name == s_name:
                return s_code, s_name, urgency
        return str(code or ""), str(name or "其他"), str(body.get("x_urgency") or "ordinary")

    def _create(self, project: str, body: dict[str, Any], now: datetime) -> dict[str, Any]:
        description = str(body.get("description") or "").strip()
        if not description:
            raise Refused("invalid", "description is required")
        ref = body.get("x_client_ref")
        if ref and (project, str(ref)) in self.by_ref:
            raise Refused("duplicate_ref",
                          f"x_client_ref {ref} is request {self.by_ref[(project, str(ref))]}", 409)
        status = str(body.get("x_status") or "received")
        if status not in STATUSES:
            raise Refused("invalid", f"unknown x_status {status!r}")
        code, name, urgency = self._service(body)
        request = Request(
            id=self._next_id("CD"), project=project, service_code=code, service_name=name,
            description=description, channel=str(body.get("x_channel") or "walk_in"), status=status,
            requested_at=parse_time(body.get("requested_datetime")) or now, updated_at=now,
            response_due=parse_time(body.get("x_response_due")),
            resolution_due=parse_time(body.get("x_resolution_due")),
            urgency=str(body.get("x_urgency") or urgency), client_ref=str(ref) if ref else None,
            contact_name=str(body.get("first_name") or ""), contact_phone=str(body.get("phone") or ""),
            address=str(body.get("address_string") or ""), room=str(body.get("x_room") or ""),
        )
        self.requests[request.id] = request
        if request.client_ref:
            self.by_ref[(project, request.client_ref)] = request.id
        self._touch("request", request.id, project)
        return {"service_request_id": request.id, "service_notice": "", "account_id": None,
                "x_revision": request.revision, "x_status": request.status}

    def _find(self, project: str, body: dict[str, Any]) -> Request:
        ident = body.get("service_request_id")
        if not ident and body.get("x_client_ref"):
            ident = self.by_ref.get((project, str(body["x_client_ref"])))
        request = self.requests.get(str(ident)) if ident else None
        if request is None:
            raise Refused("unknown_request", f"unknown service_request_id {ident}", 404)
        if request.project != project:
            raise Refused("not_assigned", f"request {ident} is not assigned to this project", 403)
        return request

    def _change(self, request: Request, status: str | None, now: datetime) -> None:
        request.history.append(request.snapshot())
        del request.history[:-3]
        if status is not None:
            request.status = status
        request.revision += 1
        request.updated_at = now

    def _update(self, project: str, body: dict[str, Any], now: datetime) -> dict[str, Any]:
        request = self._find(project, body)
        status = body.get("x_status")
        if status is not None and status not in STATUSES:
            raise Refused("invalid", f"unknown x_status {status!r}")
        data = body.get("x_data") or {}
        if not isinstance(data, dict):
            raise Refused("invalid", "x_data must be an object")
        self._change(request, status, now)
        update = Update(self._next_id("U"), request.id, project, "project", status,
                        str(body.get("x_action") or "note"), str(body.get("description") or ""),
                        data, now, body.get("x_client_datetime"), request.revision)
        self.updates[update.id] = update
        self._touch("request", request.id, project)
        return {"update_id": update.id, "service_request_id": request.id,
                "x_revision": request.revision, "x_status": request.status}

    def _disclose(self, project: str, body: dict[str, Any], now: datetime) -> dict[str, Any]:
        if not str(body.get("title") or "").strip():
            raise Refused("invalid", "title is required")
        for item in body.get("attachments") or []:
            if item.get("sha256") not in self.attachments:
                raise Refused("missing_attachment", f"attachment {item.get('sha256')} not uploaded")
        ident = self._next_id("D")
        self.disclosures[ident] = {"project": project, "received": fmt(now), **body}
        return {"disclosure_id": ident}

    def put_attachment(self, sha256: str, mime: str, data: bytes) -> bool:
        """True when new. Raises Refused on a hash that does not match."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise Refused("hash_mismatch", "the bytes do not hash to the name")
        with self.lock:
            if sha256 in self.attachments:
                return False
            self.attachments[sha256] = (mime, data)
            return True

    # --- the city's own actions (admin) -------------------------------------------------

    def dispatch(self, project: str, count: int) -> list[str]:
        """``count`` complaints dispatched by the city to the project (企业直派, 码上办, 天府市民云)."""
        made = []
        with self.lock:
            now = self.now()
            for _ in range(count):
                code, name, urgency = self._random.choice(SERVICES)
                received = now - timedelta(minutes=self._random.randint(1, 600))
                response_h = 0.5 if urgency == "urgent" else 4
                resolution = timedelta(hours=24) if urgency == "urgent" else timedelta(days=2)
                n = self._ids["CD"] + 1
                request = Request(
                    id=self._next_id("CD"), project=project, service_code=code, service_name=name,
                    description=f"市民反映：{name}，请尽快处理（第 {n} 号）", channel=CITY_CHANNELS[n % 3],
                    status="received", requested_at=received, updated_at=now,
                    response_due=received + timedelta(hours=response_h),
                    resolution_due=received + resolution, urgency=urgency,
                    contact_name="市民", contact_phone=f"138{n:08d}"[-11:],
                    address=f"阳光花园 {n % 12 + 1}栋", room=f"{n % 12 + 1}栋-1单元-{n % 30 + 101}",
                )
                self.requests[request.id] = request
                self._touch("request", request.id, project)
                made.append(request.id)
        return made

    def city_update(self, request_id: str, status: str | None, note: str) -> dict[str, Any]:
        """A change made at the city (the resident confirmed, asked to reopen, ...)."""
        with self.lock:
            request = self.requests[request_id]
            now = self.now()
            if status is not None and status not in STATUSES:
                raise Refused("invalid", f"unknown x_status {status!r}")
            self._change(request, status, now)
            update = Update(self._next_id("U"), request.id, request.project, "city", status, "city",
                            note, {}, now, None, request.revision)
            self.updates[update.id] = update
            self._touch("request", request.id, request.project)
            self._touch("update", update.id, request.project)
            return update.to_dict()

    def supervise(self, request_id: str, note: str, authority: str = "成华区住建局") -> dict[str, Any]:
        with self.lock:
            request = self.requests[request_id]
            note_obj = Supervision(self._next_id("S"), request.id, request.project, authority, note,
                                   self.now())
            self.supervisions[note_obj.id] = note_obj
            self._touch("supervision", note_obj.id, request.project)
            return note_obj.to_dict()

    # --- the dispatch feed --------------------------------------------------------------

    def cursor(self, seq: int) -> str:
        return base64.urlsafe_b64encode(f"v1:{self.epoch}:{seq}".encode()).decode().rstrip("=")

    def parse_cursor(self, text: str | None) -> int | None:
        """The position a cursor stands for; None when it has expired (or is not ours)."""
        if not text:
            return 0
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
            version, epoch, seq = raw.split(":")
        except ValueError:
            return None
        if version != "v1" or int(epoch) != self.epoch:
            return None
        return int(seq)

    def expire_cursors(self) -> None:
        with self.lock:
            self.epoch += 1

    def page(self, project: str, after: int, limit: int, *,
             out_of_order: bool = False) -> tuple[list[dict[str, Any]], int, bool]:
        """(items, last position, has more) of the feed after ``after``."""
        with self.lock:
            entries = [(kind, ident, seq) for (kind, ident), (seq, owner) in self._feed.items()
                       if owner == project and seq > after]
            taken = entries[:limit]
            items = [self._item(kind, ident) for kind, ident, _ in taken]
            last = taken[-1][2] if taken else after
            if out_of_order:
                stale = [{"type": "request", "request": self.requests[ident].history[-1]}
                         for kind, ident, _ in taken
                         if kind == "request" and self.requests[ident].history]
                items = list(reversed(items)) + stale
            return items, last, len(entries) > len(taken)

    def _item(self, kind: str, ident: str) -> dict[str, Any]:
        if kind == "request":
            return {"type": "request", "request": self.requests[ident].snapshot()}
        if kind == "update":
            return {"type": "update", "update": self.updates[ident].to_dict()}
        return {"type": "supervision", "supervision": self.supervisions[ident].to_dict()}

    # --- what tests look at ---------------------------------------------------------------

    def applications(self) -> Counter[str]:
        """How many times each key was applied (exactly-once: every value is 1)."""
        with self.lock:
            return Counter(key for _, key, _ in self.applied_log)

    def summary(self) -> dict[str, Any]:
        with self.lock:
            counts = self.applications()
            return {
                "requests": len(self.requests), "updates": len(self.updates),
                "supervisions": len(self.supervisions), "disclosures": len(self.disclosures),
                "attachments": len(self.attachments), "applied": len(self.applied_log),
                "duplicates": sorted(k for k, n in counts.items() if n > 1),
                "epoch": self.epoch, "server_time": fmt(self.now()),
                "statuses": {r.id: [r.status, r.revision, r.client_ref] for r in self.requests.values()},
            }


def _rejected(key: str, code: str, message: str) -> dict[str, Any]:
    return {"idempotency_key": key, "result": "rejected", "reason": {"code": code, "message": message}}
