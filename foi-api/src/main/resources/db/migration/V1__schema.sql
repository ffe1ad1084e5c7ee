-- foi-api schema. The event table is the record: a request is the replay of its events (foi-core FoiRequest.replay).
-- The request row is a projection of the latest state for lists, filters and optimistic locking; the requester's
-- personal data has its own table; the outbox holds what still has to reach Kafka.

CREATE TABLE authority (
    id                    text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                  text NOT NULL,
    regime                text NOT NULL,
    authority_type        text NOT NULL,
    nation                text NOT NULL,
    receipt_rule          text NOT NULL,
    review_request_window integer NOT NULL,
    review_target         integer NOT NULL,
    review_maximum        integer NOT NULL,
    regulator_window      text NOT NULL,   -- an ISO-8601 period, P6W by default
    cost_limit            text NOT NULL,
    reference_format      text NOT NULL,
    foi_email             text NOT NULL,
    complaints_address    text NOT NULL,
    signatory             text NOT NULL,
    updated_at            timestamptz NOT NULL DEFAULT now()
);

-- Gap-free reference numbers: the row is locked by the intake that takes the next number until it commits, so a
-- rolled-back intake gives its number back.
CREATE TABLE reference_counter (
    authority_id text    NOT NULL REFERENCES authority (id),
    year         integer NOT NULL,
    last_value   bigint  NOT NULL,
    PRIMARY KEY (authority_id, year)
);

CREATE TABLE request (
    id           uuid PRIMARY KEY,
    authority_id text   NOT NULL REFERENCES authority (id),
    reference    text   NOT NULL,
    regime       text   NOT NULL,
    status       text   NOT NULL,
    received_on  date   NOT NULL,
    assignee     text,
    team         text,
    response_due date,             -- the response deadline in force, while one is
    next_due     date,             -- the earliest open deadline the authority must meet
    outcome      text,
    responded_on date,
    text         text   NOT NULL,  -- the request as asked: never the requester's identity
    version      bigint NOT NULL,  -- the sequence number of the last event; the ETag
    updated_at   timestamptz NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('english', reference || ' ' || text)) STORED,
    UNIQUE (authority_id, reference)
);
CREATE INDEX request_list ON request (authority_id, received_on DESC, id DESC);
CREATE INDEX request_due ON request (authority_id, next_due) WHERE next_due IS NOT NULL;
CREATE INDEX request_search ON request USING gin (search);

-- Every deadline in force for a request, rewritten on each event (the iCalendar feed and the overdue filter).
CREATE TABLE request_deadline (
    request_id  uuid    NOT NULL REFERENCES request (id),
    kind        text    NOT NULL,
    due         date    NOT NULL,
    party       text    NOT NULL,
    basis       text    NOT NULL,
    provisional boolean NOT NULL,
    rule        text    NOT NULL,
    PRIMARY KEY (request_id, kind)
);

-- Personal data, kept apart: only caseworkers and managers of the authority read it; it never goes on Kafka.
CREATE TABLE requester (
    request_id     uuid PRIMARY KEY REFERENCES request (id),
    name           text NOT NULL,
    email          text,
    postal_address text
);

-- The audit trail: append-only, one row per event, who sent which command and when.
CREATE TABLE request_event (
    request_id  uuid        NOT NULL REFERENCES request (id),
    sequence    bigint      NOT NULL,
    event_id    uuid        NOT NULL UNIQUE,
    type        text        NOT NULL,
    command     text        NOT NULL,
    actor       text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    payload     jsonb       NOT NULL,   -- the CloudEvent, exactly as published
    PRIMARY KEY (request_id, sequence)
);

CREATE FUNCTION request_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'request_event is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER request_event_append_only BEFORE UPDATE OR DELETE ON request_event
    FOR EACH ROW EXECUTE FUNCTION request_event_is_append_only();

-- The transactional outbox. A request's events share a lane (a hash of its id); one relay at a time holds a lane
-- (SELECT ... FOR UPDATE SKIP LOCKED on outbox_lane) and publishes its rows in id order, so order per request holds
-- with any number of API instances.
CREATE TABLE outbox_lane (
    lane smallint PRIMARY KEY
);
INSERT INTO outbox_lane SELECT generate_series(0, 15);

CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    lane        smallint    NOT NULL REFERENCES outbox_lane (lane),
    event_id    uuid        NOT NULL UNIQUE,
    request_id  uuid        NOT NULL,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    payload     bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);
CREATE INDEX outbox_unsent ON outbox (lane, id) WHERE sent_at IS NULL;
