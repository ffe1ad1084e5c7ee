-- The records located for a request, uploaded to its case, and their redacted versions for release (foi-records).
-- Documents may hold personal data of anyone: they are read by caseworkers and managers only, and never go on Kafka.
-- The bytes arrive in parts of at most 512 kB (each request body stays under the API's 1 MB limit, the hardening
-- issue's guard against hostile input) and are joined when the upload is complete and its SHA-256 checks out.
CREATE TABLE document (
    id           uuid        PRIMARY KEY,
    request_id   uuid        NOT NULL REFERENCES request (id),
    authority_id text        NOT NULL REFERENCES authority (id),
    name         text        NOT NULL,
    size         bigint      NOT NULL,
    sha256       text        NOT NULL,
    parts        integer     NOT NULL,
    complete     boolean     NOT NULL,
    content      bytea,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX document_request ON document (request_id);

CREATE TABLE document_part (
    document_id uuid    NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    n           integer NOT NULL,
    bytes       bytea   NOT NULL,
    PRIMARY KEY (document_id, n)
);

-- The version to release: the redacted PDF and its redaction schedule (each redaction's page, area and provision).
CREATE TABLE document_release (
    document_id uuid        PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    pdf         bytea       NOT NULL,
    schedule    text        NOT NULL,
    redactions  integer     NOT NULL,
    made_by     text        NOT NULL,
    made_at     timestamptz NOT NULL
);
