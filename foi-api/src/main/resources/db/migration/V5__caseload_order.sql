-- A caseload lists an authority's requests by their next statutory date, those with none running last
-- (GET /requests?sort=due); this index serves that order and its keyset pages.
CREATE INDEX request_caseload ON request (authority_id, COALESCE(next_due, DATE '9999-12-31'), id);
