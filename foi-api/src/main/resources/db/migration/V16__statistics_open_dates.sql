-- A request still open keeps its response date in its statistics facts where that date cannot move with the day (the
-- authority awaits neither a clarification nor a fee), so a quarter's open requests are judged overdue without
-- replaying each of them (issue 20: 26 s for a quarter of 100,000 open requests). The facts are built again at
-- start-up to fill it.
ALTER TABLE request_statistic ADD COLUMN due_while_open date;
UPDATE projection SET built_at = NULL WHERE name = 'statistics';
