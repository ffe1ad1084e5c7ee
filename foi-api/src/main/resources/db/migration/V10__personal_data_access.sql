-- Every look-up of a requester's requests across cases (for section 14 and for aggregating costs under the Fees
-- Regulations) and every export of a requester's data (a subject access request): who, when, why, what they looked
-- for and how much they saw. The searches are themselves personal data: auditors and admins read this log, nobody
-- changes it.
CREATE TABLE personal_data_access (
    id           uuid        PRIMARY KEY,
    authority_id text        NOT NULL REFERENCES authority (id),
    actor        text        NOT NULL,
    purpose      text        NOT NULL,
    looked_for   text        NOT NULL,
    results      integer     NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX personal_data_access_authority ON personal_data_access (authority_id, at DESC);
