-- Issue 13, item 5 (docs/decisions/0148): a reviewer's decision on a candidate the child search put forward for a
-- child's case — 'confirmed' links the case to the candidate (a row of a list, or an answer), 'rejected' keeps it from
-- being put forward again. The candidate is named by the search's key (source, list, party, row) and a label (its
-- name and birth date as read when decided).
CREATE TABLE child_candidates (
    list_id      VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id       VARCHAR(64) NOT NULL,
    candidate    VARCHAR(200) NOT NULL,
    label        VARCHAR(400) NOT NULL,
    decision     VARCHAR(16) NOT NULL,
    decided_by   VARCHAR(64) NOT NULL,
    decided_sec  BIGINT NOT NULL,
    decided_nano INTEGER NOT NULL,
    PRIMARY KEY (list_id, row_id, candidate)
);
