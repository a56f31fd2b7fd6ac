"""Query-desk records (公开记录): catalogue, life cycle, attachments, tags."""
