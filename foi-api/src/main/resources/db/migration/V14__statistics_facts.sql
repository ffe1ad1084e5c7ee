-- What each request contributes to the quarterly statistics (foi-core StatisticsFacts), written with every command in
-- its transaction, so that a quarter's figures add these rows up instead of replaying every request ever received
-- (issue 20). One row for the request as a whole (regime 'ALL'), and one for each law it is handled under (FOIA s39,
-- EIR reg 5: a request answered under two laws counts under each with that law's parts). Rebuilt from the event log
-- by POST /statistics/rebuild, and at start-up while the projection's row says it has not been built (as after
-- this migration, for the requests received before it).
CREATE TABLE request_statistic (
    request_id          uuid NOT NULL REFERENCES request (id),
    regime              text NOT NULL,
    authority_id        text NOT NULL,
    received_on         date NOT NULL,
    standing            text NOT NULL,   -- LAPSED, WITHDRAWN, IN_PROGRESS, ANSWERED
    answer              text,            -- IN_TIME, WITHIN_EXTENSION, LATE: answered requests only
    outcome             text,
    citations           text NOT NULL,   -- the provisions cited, canonical, one per line
    review              text,
    review_completed_on date,
    PRIMARY KEY (request_id, regime)
);
CREATE INDEX request_statistic_received ON request_statistic (authority_id, regime, received_on);
CREATE INDEX request_statistic_reviewed ON request_statistic (authority_id, regime, review_completed_on)
    WHERE review_completed_on IS NOT NULL;

-- Projections kept on write, and whether each has been built from the event log since it was added.
CREATE TABLE projection (
    name     text PRIMARY KEY,
    built_at timestamptz
);
INSERT INTO projection (name) VALUES ('statistics');
