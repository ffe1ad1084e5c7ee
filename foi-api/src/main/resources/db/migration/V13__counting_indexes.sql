-- The caseload's counts (by status, and overdue) and the quarter's statistics' fingerprint (how many requests were
-- received up to a day, and the sum of their versions) read every request of an authority. These indexes hold all
-- those reads need, so PostgreSQL counts from the index alone (an index-only scan) instead of reading each wide
-- request row (its text and search vector): docs/benchmarks.md, "foi-api reads at 100,000 requests".
CREATE INDEX request_counts ON request (authority_id, status, next_due);
CREATE INDEX request_state ON request (authority_id, received_on, version);
