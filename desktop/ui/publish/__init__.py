"""公开管理: drafting, review and publishing of query-desk records, and the
disclosure-deadline board."""
