-- Each authority's retention schedule for finished case files (foi-core RetentionSchedule; docs/records.md), and the
-- record of every erasure the retention run made: which request, by which rule, what was removed. The record names no
-- requester: it is kept after they are erased.
CREATE TABLE retention_schedule (
    authority_id            text PRIMARY KEY REFERENCES authority (id),
    years_after_last_action integer     NOT NULL,
    years_after_regulator   integer     NOT NULL,
    updated_by              text        NOT NULL,
    updated_at              timestamptz NOT NULL
);

CREATE TABLE erasure (
    id              uuid PRIMARY KEY,
    authority_id    text        NOT NULL REFERENCES authority (id),
    request_id      uuid        NOT NULL REFERENCES request (id),
    reference       text        NOT NULL,
    rule            text        NOT NULL,
    due_on          date        NOT NULL,
    erased_at       timestamptz NOT NULL,
    requester       boolean     NOT NULL,   -- the requester's name and addresses
    messages        integer     NOT NULL,   -- correspondence, with its attachments
    documents       integer     NOT NULL,   -- records located, as located and any version to release not published
    kept_published  integer     NOT NULL    -- versions released on the disclosure log, which stay public
);
CREATE INDEX erasure_authority ON erasure (authority_id, erased_at DESC);
