"""Full-text Chinese search over the query desk's records."""
