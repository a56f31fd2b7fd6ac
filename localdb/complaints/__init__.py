"""The complaints desk (投诉): intake, life cycle, clocks, alerts, queries.

Every write is one service call in the caller's transaction: validated, with
its timeline event, audit entry and outbox entry written together.
"""
