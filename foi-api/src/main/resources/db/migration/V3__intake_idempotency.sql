-- Intake idempotency (hardening issue, item 6): a client that retries an intake after losing the answer sends the
-- same Idempotency-Key and gets the first request back instead of logging a second. The key is claimed in the
-- intake's own transaction, so two concurrent retries wait on each other and one request results.
CREATE TABLE intake_idempotency (
    authority_id text        NOT NULL REFERENCES authority (id),
    key          text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    body_sha256  bytea       NOT NULL,
    -- deferred: the key is claimed before the request row exists, in the same transaction
    request_id   uuid        NOT NULL REFERENCES request (id) DEFERRABLE INITIALLY DEFERRED,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (authority_id, key)
);
