"""Fault switches of the reference server, set at start-up or through the
admin endpoint while it runs.

A rule names a fault, where it applies (``endpoint``: ``batch``, ``dispatch``,
``attachment``, ``create``, ``update``, ``disclosure`` or ``*``), optionally
which operations (``match``) and how often it fires (``times``; none: always).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

#: Faults that act on a whole HTTP request.
REQUEST_FAULTS = frozenset({
    "drop_before",  # close the connection before doing anything
    "drop_after",  # do the work (``after_ops``: only the first k operations), then close
    "http_500",  # answer 500 without doing anything
    "rate_limit",  # answer 429 with Retry-After: ``seconds``
    "slow",  # sleep ``seconds``; ``when``: "before" the work or "after" it (before answering)
    "duplicate",  # the batch arrives twice (a proxy resent it); the second answer is returned
    "out_of_order",  # dispatch pages come reversed, with older revisions mixed in
    "expired_cursor",  # a dispatch call with a cursor gets 410 and all cursors expire
})
#: Faults that act on single operations (``match`` picks them).
OP_FAULTS = frozenset({
    "op_500",  # the operation fails on the server: retryable (500 on a single write)
    "reject",  # the operation is refused: ``code``, ``message``
})
KNOWN = REQUEST_FAULTS | OP_FAULTS


@dataclass
class Rule:
    fault: str
    endpoint: str = "*"
    match: dict[str, Any] = field(default_factory=dict)
    times: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    fired: int = 0

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Rule:
        fault = str(data["fault"])
        if fault not in KNOWN:
            raise ValueError(f"unknown fault {fault!r}; known: {sorted(KNOWN)}")
        params = {k: v for k, v in data.items() if k not in ("fault", "endpoint", "match", "times")}
        times = data.get("times")
        return Rule(fault, str(data.get("endpoint", "*")), dict(data.get("match") or {}),
                    None if times is None else int(times), params)

    def to_dict(self) -> dict[str, Any]:
        return {"fault": self.fault, "endpoint": self.endpoint, "match": self.match,
                "times": self.times, "fired": self.fired, **self.params}

    def matches_op(self, op: str, body: dict[str, Any], key: str) -> bool:
        for name, want in self.match.items():
            if name == "op":
                have: Any = op
            elif name == "action":
                have = body.get("x_action")
            elif name == "ref":
                if want not in (body.get("service_request_id"), body.get("x_client_ref")):
                    return False
                continue
            elif name == "key":
                have = key
            elif name == "contains":
                if str(want) not in str(body.get("description", "")) + str(body.get("title", "")):
                    return False
                continue
            else:
                have = body.get(name)
            if have != want:
                return False
        return True


class Faults:
    """The active rules; thread-safe, each firing counted."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[Rule] = []

    def set(self, rules: list[dict[str, Any]], *, replace: bool = True) -> None:
        parsed = [Rule.from_dict(r) for r in rules]
        with self._lock:
            self._rules = parsed if replace else [*self._rules, *parsed]

    def add(self, fault: str, endpoint: str = "*", *, match: dict[str, Any] | None = None,
            times: int | None = None, **params: Any) -> None:
        self.set([{"fault": fault, "endpoint": endpoint, "match": match or {}, "times": times,
                   **params}], replace=False)

    def clear(self) -> None:
        with self._lock:
            self._rules = []

    def describe(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.to_dict() for r in self._rules]

    def _take(self, rule: Rule) -> Rule:
        rule.fired += 1
        if rule.times is not None:
            rule.times -= 1
            if rule.times <= 0:
                self._rules.remove(rule)
        return rule

    def request_fault(self, fault: str, endpoint: str) -> Rule | None:
        """The first live rule of this fault for this endpoint; it fires now."""
        with self._lock:
            for rule in self._rules:
                if rule.fault == fault and rule.endpoint in ("*", endpoint):
                    return self._take(rule)
        return None

    def op_fault(self, endpoint: str, op: str, body: dict[str, Any], key: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if (rule.fault in OP_FAULTS and rule.endpoint in ("*", endpoint)
                        and rule.matches_op(op, body, key)):
                    return self._take(rule)
        return None
