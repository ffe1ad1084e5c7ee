-- Calendar feeds (hardening issue, item 3): a calendar app subscribes by URL and cannot send a bearer token, so each
-- feed has its own token, read-only, scoped to one caseworker's or one team's deadlines, revocable. Only the token's
-- SHA-256 is stored: whoever reads this table cannot subscribe to anything.
CREATE TABLE calendar_feed (
    id            uuid        PRIMARY KEY,
    authority_id  text        NOT NULL REFERENCES authority (id),
    owner         text        NOT NULL,
    assignee      text,
    team          text,
    token_sha256  bytea       NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    CHECK ((assignee IS NULL) <> (team IS NULL))
);

CREATE INDEX calendar_feed_owner ON calendar_feed (authority_id, owner) WHERE revoked_at IS NULL;
