"""Failures of a sync round, each with a stable kind and a Chinese message."""

from __future__ import annotations

from localdb.errors import StoreError


class SyncError(StoreError):
    """Setup problems staff must fix: no address, no token, no keyring."""


class TransportError(Exception):
    """A request to the city did not succeed.

    ``kind``: ``offline`` (no connection, timeout), ``tls`` (certificate not
    trusted), ``auth`` (401/403), ``rate_limited`` (429/503), ``server`` (5xx),
    ``cursor_expired`` (410), ``refused`` (another 4xx: the request itself is wrong).
    """

    #: kinds after which the server was not reached at all
    UNREACHED = frozenset({"offline", "tls"})

    def __init__(self, kind: str, detail: str, *, status: int | None = None,
                 retry_after: float | None = None, code: str = "") -> None:
        super().__init__(detail)
        self.kind, self.detail, self.status, self.retry_after, self.code = (
            kind, detail, status, retry_after, code)

    def as_store_error(self) -> StoreError:
        """The same failure as a StoreError, so screens translate its message."""
        if self.kind == "tls":
            return StoreError("sync_tls", detail=self.detail)
        if self.kind == "auth":
            return StoreError("sync_auth", status=self.status)
        if self.kind == "offline":
            return StoreError("sync_offline", detail=self.detail)
        return StoreError("sync_server", detail=self.detail)

    @property
    def message(self) -> str:
        """In staff's words, for the status bar and the log."""
        return self.as_store_error().message
