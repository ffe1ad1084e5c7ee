-- The public disclosure log: a response appears only once staff publish it (POST /requests/{id}/publication), in the
-- wording they edited with personal data removed. This is a projection of the request's events, rewritten on each
-- one (RequestStore.project), so the log reads one row per entry and searches the published wording only: a search
-- for a name removed before publication finds nothing. Responses issued before this migration are not on the log
-- until someone publishes them; until now the log published every request's text as asked.
CREATE TABLE disclosure_entry (
    request_id   uuid PRIMARY KEY REFERENCES request (id),
    authority_id text  NOT NULL REFERENCES authority (id),
    reference    text  NOT NULL,
    received_on  date  NOT NULL,
    responded_on date  NOT NULL,
    published_on date  NOT NULL,
    outcome      text  NOT NULL,
    text         text  NOT NULL,  -- the wording as published, never the text as asked
    decisions    jsonb NOT NULL,  -- per part: outcome, answer, provisions, reasons
    search       tsvector GENERATED ALWAYS AS (to_tsvector('english', reference || ' ' || text)) STORED,
    UNIQUE (authority_id, reference)
);
CREATE INDEX disclosure_entry_list ON disclosure_entry (authority_id, received_on DESC, request_id DESC);
CREATE INDEX disclosure_entry_search ON disclosure_entry USING gin (search);
