-- An authority's teams, as its admins set them (foi-web /settings/teams). Once an authority has any, a request can only
-- be assigned to one of them, so the caseload's team filter, the daily digest's team and the notifier's {team} mail
-- address pattern (FOI_MAIL_TEAM_ADDRESS) all see one spelling. An authority with none assigns to any team, as before.
CREATE TABLE team (
    id           uuid PRIMARY KEY,
    authority_id text NOT NULL REFERENCES authority (id),
    team         text NOT NULL,
    name         text NOT NULL,
    UNIQUE (authority_id, team)
);
