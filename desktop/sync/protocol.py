"""The wire format of PROTOCOL.md: outbox entries to operations, answers to
results, feed pages to the store's plain data. No I/O here."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from localdb.complaints.states import RESULT_STATE, Action, Status
from localdb.sync.types import (
    CityRequest,
    CitySupervision,
    CityUpdate,
    OpResult,
    Outcome,
    PulledPage,
    QueuedOp,
)

CLOSED_STATUSES = frozenset({"resolved", "followed_up", "closed", "referred"})
#: Payload fields that are the action's own text rather than its details.
_TEXT_FIELDS = ("note", "result", "reason", "comment")


class Unsupported(Exception):
    """An outbox entry of a kind the protocol does not carry."""


def fmt(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: Any) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(str(text))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(text: Any) -> str | None:
    value = parse_time(text)
    return fmt(value)


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encode_op(op: QueuedOp, offset: timedelta) -> dict[str, Any]:
    """The batch operation for an outbox entry. ``offset`` (server minus local
    clock) turns the moment it happened into the server's time."""
    head, _, action = op.kind.partition(".")
    p = op.payload
    if head == "complaint" and action == "received":
        body: dict[str, Any] = {
            "service_name": p.get("category") or "", "description": p.get("description") or "",
            "address_string": p.get("location") or p.get("room") or "",
            "first_name": p.get("contact_name") or "", "phone": p.get("contact_phone") or "",
            "x_client_ref": p.get("number"), "x_channel": p.get("channel"),
            "x_status": Status.RECEIVED.value, "x_urgency": p.get("urgency"), "x_room": p.get("room") or "",
            "requested_datetime": _iso(p.get("received_at")),
            "x_response_due": _iso(p.get("response_due")), "x_resolution_due": _iso(p.get("resolution_due")),
        }
        return {"idempotency_key": op.key, "op": "request.create", "body": body}
    if head == "complaint" or op.kind == "supervision.created":
        action = action if head == "complaint" else "supervision"
        changes_status = action in Action.__members__.values() and RESULT_STATE[Action(action)] is not None
        status = str(p.get("status") or "")
        text = next((str(p[k]) for k in _TEXT_FIELDS if p.get(k)), "")
        details = {k: v for k, v in p.items() if k not in ("number", "city_id", "status", *_TEXT_FIELDS)}
        body = {
            "x_client_ref": p.get("number"), "x_action": action, "description": text,
            "x_data": details, "updated_datetime": fmt(op.created_at + offset),
            "x_client_datetime": fmt(op.created_at),
        }
        if p.get("city_id"):
            body["service_request_id"] = p["city_id"]
        if changes_status and status:  # a note never moves the city's status
            body["status"] = "closed" if status in CLOSED_STATUSES else "open"
            body["x_status"] = status
        return {"idempotency_key": op.key, "op": "request.update", "body": body}
    if head == "disclosure":
        return {"idempotency_key": op.key, "op": "disclosure.publish", "body": _disclosure_body(action, p)}
    raise Unsupported(op.kind)


def _disclosure_body(action: str, p: dict[str, Any]) -> dict[str, Any]:
    """A publication or a withdrawal as PROTOCOL.md §5's disclosure body: a withdrawal
    republishes the record's identity with ``state`` withdrawn and the reason."""
    meta_keys = ("series_id", "supersedes_id", "disclosure_item", "period_start", "period_end")
    metadata: dict[str, Any] = {k: p.get(k) for k in meta_keys if p.get(k) is not None}
    metadata["state"] = "withdrawn" if action == "withdraw" else "published"
    if action == "withdraw":
        metadata["withdrawn_reason"] = p.get("reason") or ""
    return {
        "x_record_id": p.get("record_id"), "version": p.get("version"), "category": p.get("category"),
        "title": p.get("title"), "summary": p.get("summary") or "",
        "published_datetime": _iso(p.get("published_at") or p.get("withdrawn_at")),
        "metadata": metadata, "attachments": list(p.get("attachments") or []),
    }


def attachments_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The attachments a frozen operation needs uploaded first."""
    if body.get("op") != "disclosure.publish":
        return []
    return [a for a in body.get("body", {}).get("attachments") or [] if isinstance(a, dict)]


def batch_key(operations: Sequence[dict[str, Any]]) -> str:
    """Same operations, same key; any other batch, another key (PROTOCOL.md §5)."""
    digest = hashlib.sha256()
    for item in operations:
        digest.update(item["idempotency_key"].encode())
        digest.update(hashlib.sha256(canonical({"op": item["op"], "body": item["body"]}).encode()).digest())
    return "batch-" + digest.hexdigest()[:40]


def parse_results(ops: Sequence[QueuedOp], doc: dict[str, Any], retry_at: Any) -> list[OpResult]:
    """One result per operation, matched by key. ``retry_at(op, seconds)`` says
    when a retryable one may go again. A missing answer counts as retryable."""
    answers = {str(r.get("idempotency_key")): r for r in doc.get("results") or [] if isinstance(r, dict)}
    out: list[OpResult] = []
    for op in ops:
        answer = answers.get(op.key)
        if answer is None:
            out.append(OpResult(op.id, Outcome.RETRYABLE, "server_error", "no answer for this operation",
                                retry_at=retry_at(op, 0.0)))
            continue
        try:
            outcome = Outcome(str(answer.get("result")))
        except ValueError:
            outcome = Outcome.RETRYABLE
        reason = answer.get("reason") or {}
        revision = answer.get("x_revision")
        server_id = answer.get("update_id") or answer.get("disclosure_id") or answer.get("service_request_id")
        out.append(OpResult(
            op.id, outcome, str(reason.get("code") or ""), str(reason.get("message") or ""),
            server_id=str(server_id) if server_id else None,
            city_id=str(answer["service_request_id"]) if answer.get("service_request_id") else None,
            revision=int(revision) if isinstance(revision, int) else None,
            city_status=answer.get("x_status"),
            retry_at=retry_at(op, float(answer.get("retry_after") or 0))
            if outcome is Outcome.RETRYABLE else None))
    return out


def parse_page(doc: dict[str, Any]) -> PulledPage:
    requests: list[CityRequest] = []
    updates: list[CityUpdate] = []
    notes: list[CitySupervision] = []
    for item in doc.get("items") or []:
        kind = item.get("type")
        if kind == "request":
            r = item["request"]
            requested = parse_time(r.get("requested_datetime"))
            if requested is None or not r.get("service_request_id"):
                continue  # not a request we could put on the desk
            requests.append(CityRequest(
                city_id=str(r["service_request_id"]), revision=int(r.get("x_revision") or 0),
                status=r.get("x_status"), service_name=str(r.get("service_name") or ""),
                description=str(r.get("description") or ""), channel=str(r.get("x_channel") or ""),
                requested_at=requested, updated_at=parse_time(r.get("updated_datetime")),
                response_due=parse_time(r.get("x_response_due")),
                resolution_due=parse_time(r.get("x_resolution_due") or r.get("expected_datetime")),
                urgency=r.get("x_urgency"), client_ref=r.get("x_client_ref") or None,
                contact_name=str(r.get("x_contact_name") or ""),
                contact_phone=str(r.get("x_contact_phone") or ""),
                address=str(r.get("address") or ""), room=str(r.get("x_room") or "")))
        elif kind == "update":
            u = item["update"]
            updates.append(CityUpdate(
                str(u["update_id"]), str(u["service_request_id"]), u.get("x_status"),
                str(u.get("description") or ""), parse_time(u.get("updated_datetime")) or datetime.now(UTC),
                u.get("x_revision")))
        elif kind == "supervision":
            s = item["supervision"]
            notes.append(CitySupervision(
                str(s["supervision_id"]), str(s["service_request_id"]), str(s.get("authority") or ""),
                str(s.get("note") or ""), parse_time(s.get("issued_datetime")) or datetime.now(UTC)))
    return PulledPage(tuple(requests), tuple(updates), tuple(notes),
                      doc.get("next_cursor"), bool(doc.get("has_more")))
