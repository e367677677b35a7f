-- Issue 14, item 2 (docs/decisions/0156): the person index's persons, kept so a restart files every row into the
-- person it was in, without linking the lists again. The index numbers persons itself; the public id of a person is a
-- UUID kept here, and when two persons merge the lower number survives and the other's id points to the survivor.

-- The lists the index has joined (every row of the list is in person_rows), and when.
CREATE TABLE person_lists (
    list_id     VARCHAR(36) PRIMARY KEY REFERENCES lists (id),
    joined_sec  BIGINT NOT NULL,
    joined_nano INTEGER NOT NULL
);

-- A person's public id: person_no is the index's number while the person lives; once it merged into another person,
-- person_no is NULL and survivor names the id that holds its rows now.
CREATE TABLE person_ids (
    id        VARCHAR(36) PRIMARY KEY,
    person_no BIGINT,
    survivor  VARCHAR(36)
);
CREATE UNIQUE INDEX person_ids_by_no ON person_ids (person_no);

-- The person each row of a joined list is filed in.
CREATE TABLE person_rows (
    list_id   VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id    VARCHAR NOT NULL,
    person_no BIGINT NOT NULL,
    PRIMARY KEY (list_id, row_id)
);
CREATE INDEX person_rows_by_person ON person_rows (person_no);

-- Reviewers' verdicts on two rows, in the order they were fed to the index: SAME (a must-link: a confirmed link) or
-- DIFFERENT (a cannot-link: a rejected link, a split), from the person's page (source PERSON, with the reviewer's
-- reason) or from a match run (source MATCH, with the run and link).
CREATE TABLE person_verdicts (
    seq          BIGINT PRIMARY KEY,
    a_list       VARCHAR(36) NOT NULL REFERENCES lists (id),
    a_row        VARCHAR NOT NULL,
    b_list       VARCHAR(36) NOT NULL REFERENCES lists (id),
    b_row        VARCHAR NOT NULL,
    verdict      VARCHAR(9) NOT NULL,
    source       VARCHAR(6) NOT NULL,
    run_id       VARCHAR(36),
    link_no      INTEGER,
    decided_by   VARCHAR(64) NOT NULL,
    decided_sec  BIGINT NOT NULL,
    decided_nano INTEGER NOT NULL,
    reason       VARCHAR(1000) NOT NULL
);
CREATE UNIQUE INDEX person_verdicts_by_link ON person_verdicts (run_id, link_no);

-- Match runs' verdicts are picked up by when they were decided.
CREATE INDEX match_links_by_decision ON match_links (decided_sec);
