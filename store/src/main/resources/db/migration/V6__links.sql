-- Match runs between two person lists and the pairs they found (docs/decisions/0085). A run is the
-- running party's; the server shows it to that party and to the mediator alone.
CREATE TABLE match_runs (
    id              VARCHAR(36) PRIMARY KEY,
    party_id        VARCHAR(32) NOT NULL REFERENCES parties (id),
    left_list       VARCHAR(36) NOT NULL REFERENCES lists (id),
    right_list      VARCHAR(36) NOT NULL REFERENCES lists (id),
    created_by      VARCHAR(64) NOT NULL,
    created_sec     BIGINT NOT NULL,
    created_nano    INTEGER NOT NULL,
    -- RUNNING, DONE or FAILED; when it failed, why.
    state           VARCHAR(8) NOT NULL,
    note            VARCHAR NOT NULL,
    candidate_pairs BIGINT NOT NULL
);
CREATE INDEX match_runs_by_party ON match_runs (party_id, created_sec, created_nano);

-- One pair a run kept: the two row ids, the probability, the matcher's decision (MATCH or REVIEW), the
-- per-field explanation as text, and the reviewer's verdict (PENDING, CONFIRMED, REJECTED) with who/when.
CREATE TABLE match_links (
    run_id       VARCHAR(36) NOT NULL REFERENCES match_runs (id),
    link_no      INTEGER NOT NULL,
    left_row     VARCHAR NOT NULL,
    right_row    VARCHAR NOT NULL,
    probability  DOUBLE PRECISION NOT NULL,
    decision     VARCHAR(6) NOT NULL,
    explanation  VARCHAR NOT NULL,
    status       VARCHAR(9) NOT NULL,
    decided_by   VARCHAR(64),
    decided_sec  BIGINT,
    decided_nano INTEGER,
    PRIMARY KEY (run_id, link_no)
);
