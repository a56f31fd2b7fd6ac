"""Full-text Chinese search over the query desk's records (index: migration r0005)."""

from localdb.search.service import SOURCES, SearchHit, search

__all__ = ["SOURCES", "SearchHit", "search"]
