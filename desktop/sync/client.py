"""One sync round: push the outbox in batches, then pull the dispatch feed.

Every step that changes the store is its own short transaction, never held
across a network call: take-and-mark-sent, then send, then record the
answers; fetch a page, then apply it with its cursor. A crash between any two
leaves the store consistent, and the next round carries on with the same keys
and the same cursor.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.sync import protocol
from desktop.sync.backoff import Backoff
from desktop.sync.errors import TransportError
from desktop.sync.transport import Answer, CityTransport
from localdb.engine import Store
from localdb.models import Blob, utcnow
from localdb.records.files import FileStore
from localdb.sync import inbound, queue, state, status
from localdb.sync.types import OpResult, Outcome, QueuedOp

log = logging.getLogger(__name__)

#: Points a test harness may stop the process at (``hooks``); production passes none.
HOOK_POINTS = ("after_mark_sent", "after_response", "before_cursor_saved")


@dataclass
class RoundSummary:
    pushed: int = 0  # operations the city confirmed this round (applied or replayed)
    pulled: int = 0  # complaints, notes and supervisions taken from the feed
    failed: int = 0  # operations refused this round (now needing attention)
    waiting: int = 0  # operations not yet confirmed after the round
    needs_attention: int = 0  # all refused operations
    error: str | None = None  # why the round stopped early, in staff's words
    error_kind: str | None = None
    online: bool = False
    retry_after: float | None = None  # the server asked us to wait this long
    next_retry_at: datetime | None = None  # earliest retry of a waiting operation
    clock_offset_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.failed == 0

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["next_retry_at"] = protocol.fmt(self.next_retry_at)
        return out


class SyncClient:
    def __init__(self, store: Store, transport: CityTransport, *, now: Callable[[], datetime] = utcnow,
                 backoff: Backoff | None = None, batch_size: int = 200, page_size: int = 500,
                 hooks: Callable[[str], None] | None = None, max_batches: int = 1000,
                 files: FileStore | None = None) -> None:
        self.store = store
        self.files = files  # where record attachments live (complaint photos are in the store)
        self.transport = transport
        self.now = now
        self.backoff = backoff or Backoff()
        self.batch_size = batch_size
        self.page_size = page_size
        self.hooks = hooks or (lambda point: None)
        self.max_batches = max_batches
        self._best: Answer | None = None  # the answer with the shortest round trip this round

    # --- the round ------------------------------------------------------------------------

    def run_round(self) -> RoundSummary:
        summary = RoundSummary()
        started = self.now()
        self._best = None
        try:
            self.push(summary)
            summary.pulled = self.pull()
            summary.online = True
        except TransportError as exc:
            summary.error, summary.error_kind = exc.message, exc.kind
            summary.online = exc.kind not in TransportError.UNREACHED
            summary.retry_after = exc.retry_after
            log.warning("sync round stopped: %s", exc.message)
        with self.store.write() as session:
            if self._best is not None and self._best.offset is not None:
                state.record_offset(session, self._best.offset, self.now())
            state.record_round(session, at=started, ok=summary.error is None, error=summary.error or "",
                               online=summary.online)
            view = status.summary(session)
        summary.waiting, summary.needs_attention = view.waiting, view.failed
        summary.next_retry_at = view.next_retry_at
        summary.clock_offset_seconds = view.clock_offset.total_seconds()
        return summary

    def _seen(self, answer: Answer) -> Answer:
        if self._best is None or answer.rtt < self._best.rtt:
            self._best = answer
        return answer

    @property
    def offset(self) -> timedelta:
        """Server clock minus ours: the best measurement this round, else the stored one."""
        if self._best is not None and self._best.offset is not None:
            return self._best.offset
        with self.store.read() as session:
            return state.server_offset(session)

    def _retry_at(self, op: QueuedOp, at_least: float) -> datetime:
        return self.now() + timedelta(seconds=self.backoff.delay(op.attempts + 1, at_least=at_least))

    # --- push -------------------------------------------------------------------------------

    def push(self, summary: RoundSummary) -> None:
        """Batches until nothing is due; a batch that settles nothing ends the push
        (its operations wait for their retry time)."""
        for _ in range(self.max_batches):
            ops, bodies, local = self._claim()
            if not ops and not local:
                return
            try:
                ready, held = self._upload_attachments(ops, bodies)
            except TransportError as exc:
                self._release(ops, exc, local)
                raise
            results = list(local) + held
            if ready:
                operations = [json.loads(bodies[op.id]) for op in ready]
                try:
                    answer = self._seen(self.transport.post_batch(operations))
                except TransportError as exc:
                    self._release(ready, exc, results)
                    raise
                self.hooks("after_response")
                results += protocol.parse_results(ready, answer.doc, self._retry_at)
            with self.store.write() as session:
                recorded = queue.record_results(session, results, self.now())
            summary.pushed += recorded.confirmed
            summary.failed += recorded.rejected
            if recorded.confirmed + recorded.rejected == 0:
                return

    def _claim(self) -> tuple[list[QueuedOp], dict[int, str], list[OpResult]]:
        """Take a batch and mark it sent, freezing each body on its first send."""
        now = self.now()
        offset = self.offset
        local: list[OpResult] = []
        with self.store.write() as session:
            ops = queue.take_batch(session, self.batch_size, now)
            bodies: dict[int, str] = {}
            for op in ops:
                if op.body:
                    bodies[op.id] = op.body
                    continue
                try:
                    bodies[op.id] = protocol.canonical(protocol.encode_op(op, offset))
                except protocol.Unsupported:
                    local.append(OpResult(op.id, Outcome.REJECTED, "unsupported",
                                          f"不支持的操作类型 {op.kind}"))
            sendable = [op for op in ops if op.id in bodies]
            queue.mark_sent(session, sendable, bodies, now)
        self.hooks("after_mark_sent")
        return sendable, bodies, local

    def _release(self, ops: list[QueuedOp], exc: TransportError, results: list[OpResult]) -> None:
        """The batch did not get through: same keys, later, no sooner than the server asked."""
        attempts = max(op.attempts for op in ops) + 1
        retry_at = self.now() + timedelta(
            seconds=self.backoff.delay(attempts, at_least=exc.retry_after or 0.0))
        with self.store.write() as session:
            queue.release(session, ops, retry_at, exc.message)
            if results:
                queue.record_results(session, results, self.now())

    def _upload_attachments(self, ops: list[QueuedOp],
                            bodies: dict[int, str]) -> tuple[list[QueuedOp], list[OpResult]]:
        """Upload what disclosures need first; one that fails holds back only its own
        operation (retryable, or refused when the city refuses the file)."""
        ready: list[QueuedOp] = []
        held: list[OpResult] = []
        for op in ops:
            needs = protocol.attachments_of(json.loads(bodies[op.id]))
            problem = self._upload(needs) if needs else None
            if problem is None:
                ready.append(op)
            elif problem.kind == "refused" or problem.kind == "missing":
                held.append(OpResult(op.id, Outcome.REJECTED, "attachment", problem.detail))
            elif problem.kind in ("auth",):
                raise problem
            else:
                held.append(OpResult(op.id, Outcome.RETRYABLE, "attachment", problem.message,
                                     retry_at=self._retry_at(op, problem.retry_after or 0.0)))
        return ready, held

    def _upload(self, needs: list[dict[str, Any]]) -> TransportError | None:
        for item in needs:
            sha = str(item.get("sha256") or "")
            with self.store.read() as session:
                blob = session.get(Blob, sha)
                data, mime = (blob.data, blob.mime) if blob is not None else (None, "")
            if data is None and self.files is not None and self.files.has(sha):
                data, mime = self.files.read(sha), str(item.get("mime") or "application/octet-stream")
            if data is None:
                return TransportError("missing", f"本地找不到附件 {item.get('filename') or sha}")
            try:
                self._seen(self.transport.put_attachment(sha, mime, data))
            except TransportError as exc:
                return exc
        return None

    # --- pull -------------------------------------------------------------------------------

    def pull(self, max_pages: int = 10_000) -> int:
        """Pages until the feed has no more; each page and its cursor in one transaction.
        An expired cursor starts a full re-pull (the outbox is not touched)."""
        with self.store.read() as session:
            cursor = state.cursor(session)
        pulled = 0
        restarted = False
        for _ in range(max_pages):
            try:
                answer = self._seen(self.transport.get_dispatch(cursor, self.page_size))
            except TransportError as exc:
                if exc.kind != "cursor_expired" or restarted:
                    raise
                log.info("dispatch cursor expired: pulling everything again")
                with self.store.write() as session:
                    state.reset_cursor(session, cursor)
                    cursor = state.cursor(session)
                restarted = True
                continue
            page = protocol.parse_page(answer.doc)
            with self.store.write() as session:
                result = inbound.apply_page(session, page, from_cursor=cursor, now=self.now(),
                                            before_cursor=lambda: self.hooks("before_cursor_saved"))
                if result.skipped:  # another PC moved the cursor: go on from there
                    cursor = state.cursor(session)
                    continue
            pulled += result.applied
            cursor = page.next_cursor
            if not page.has_more:
                break
        return pulled
