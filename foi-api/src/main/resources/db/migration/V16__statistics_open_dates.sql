-- Two changes to the statistics facts (V14), which are built again at start-up.
--
-- A request still open keeps its response date where that date cannot move with the day (the authority awaits
-- neither a clarification nor a fee), so a quarter's open requests are judged overdue without replaying each of them
-- (issue 20: 26 s for a quarter of 100,000 open requests).
--
-- A request handled under one law, as nearly all are, has one row, counted both in the authority's figures (whole)
-- and in its law's (under_law): an intake writes one row, not two. A request answered under two laws keeps a row for
-- the whole (regime 'ALL', whole only) and one for each law (under_law only).
DELETE FROM request_statistic;
ALTER TABLE request_statistic
    ADD COLUMN due_while_open date,
    ADD COLUMN whole boolean NOT NULL,
    ADD COLUMN under_law boolean NOT NULL;
DROP INDEX request_statistic_received;
DROP INDEX request_statistic_reviewed;
CREATE INDEX request_statistic_received ON request_statistic (authority_id, received_on);
CREATE INDEX request_statistic_reviewed ON request_statistic (authority_id, review_completed_on)
    WHERE review_completed_on IS NOT NULL;
CREATE INDEX request_statistic_law ON request_statistic (authority_id, regime, received_on) WHERE under_law;
UPDATE projection SET built_at = NULL WHERE name = 'statistics';
