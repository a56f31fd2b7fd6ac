"""The store's side of the city-system sync: no HTTP here.

- ``queue``: take the next batch of outbox operations in order per case, mark
  them sent, record the server's answer for each;
- ``inbound``: apply a pulled page of the dispatch feed and its cursor in one
  transaction;
- ``state``: cursor, clock offset, last attempt / success / error;
- ``status``: what the status bar and the sync panel show;
- ``actions``: a manager retries or discards one operation;
- ``settings``: the city's address and a pinned certificate.

The wire format lives in ``desktop/sync`` (see its PROTOCOL.md).
"""
