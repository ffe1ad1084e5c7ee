-- An authority's own letter templates and phrases (foi-letters LetterTemplates: heading.txt for its letterhead,
-- reuse.html for its re-use notice, phrases.properties for the sentences it words its own way), by file name. A file
-- not here is the bundled one.
CREATE TABLE letter_template (
    id           uuid        PRIMARY KEY,
    authority_id text        NOT NULL REFERENCES authority (id),
    file         text        NOT NULL,
    source       text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL,
    UNIQUE (authority_id, file)
);

-- The staff an authority's letters name as case officer and who sign them, by the user id requests are assigned to.
-- Staff data, not requesters': it appears in letters to the requester, never in the public disclosure log.
CREATE TABLE case_officer (
    id           uuid PRIMARY KEY,
    authority_id text NOT NULL REFERENCES authority (id),
    user_id      text NOT NULL,
    name         text NOT NULL,
    job_title    text NOT NULL,
    phone        text,
    UNIQUE (authority_id, user_id)
);
