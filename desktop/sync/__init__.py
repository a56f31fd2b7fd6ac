"""The city-system client (requests; no Qt): drains localdb's outbox in
batches, pulls the dispatch feed, measures the server's clock. The wire format
is PROTOCOL.md beside this file; what the store does is in ``localdb.sync``."""
