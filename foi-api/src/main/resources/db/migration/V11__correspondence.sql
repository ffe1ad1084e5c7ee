-- Correspondence: every message into or out of an authority's FOI mailbox, filed on its request (docs/correspondence.md).
-- Addresses, messages and attachments are the requester's personal data, kept apart like the requester table: read by
-- caseworkers and managers only, never put on Kafka, never on the disclosure log.
CREATE TABLE correspondence (
    id              uuid PRIMARY KEY,
    authority_id    text        NOT NULL REFERENCES authority (id),
    request_id      uuid        REFERENCES request (id),          -- null while unfiled, or for a message on no case
    direction       text        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    -- IN: WAITING (read from the mailbox, not yet filed), NEW_REQUEST, ON_CASE, CLARIFICATION_PROPOSED,
    --     CLARIFICATION_CONFIRMED, AUTO_REPLY, BOUNCE, UNREADABLE (a dead letter, with why in last_error)
    -- OUT: PENDING (to send, at next_attempt_at), SENT, FAILED (every attempt failed, with why in last_error)
    state           text        NOT NULL,
    message_id      text        NOT NULL,  -- the Message-ID header: a message seen twice is filed once
    in_reply_to     text,                  -- In-Reply-To and References, space separated
    counterpart     text        NOT NULL,  -- the requester's address: the sender of IN, the recipient of OUT
    counterpart_name text,
    subject         text        NOT NULL,
    body            text        NOT NULL,  -- the message as plain text
    raw             bytea,                 -- IN: the message exactly as received
    arrived_at      timestamptz NOT NULL,  -- IN: when the mailbox received it; OUT: when it was queued
    letter          text,                  -- OUT: which letter (foi-letters' name for it)
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      text,
    UNIQUE (authority_id, message_id)
);
CREATE INDEX correspondence_of_request ON correspondence (request_id, arrived_at);
CREATE INDEX correspondence_to_file ON correspondence (arrived_at) WHERE state = 'WAITING';
CREATE INDEX correspondence_to_send ON correspondence (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX correspondence_unfiled ON correspondence (authority_id, arrived_at) WHERE request_id IS NULL;

CREATE TABLE correspondence_attachment (
    correspondence_id uuid    NOT NULL REFERENCES correspondence (id),
    n                 integer NOT NULL,
    name              text    NOT NULL,
    media_type        text    NOT NULL,
    content           bytea   NOT NULL,
    PRIMARY KEY (correspondence_id, n)
);
