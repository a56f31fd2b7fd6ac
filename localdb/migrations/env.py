"""Alembic environment: always run in-process on a connection we hand over."""

from __future__ import annotations

from alembic import context

from localdb.models import Base
from localdb.search.schema import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things in place
    compare_type=True,
    include_name=include_name,  # the search index is derived data, not a model
)
with context.begin_transaction():
    context.run_migrations()
