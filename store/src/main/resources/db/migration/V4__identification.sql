-- The identification unit's DNA cases (docs/decisions/0090). Genetic data lives only in these tables,
-- never in the log; the server shows them to IDENTIFICATION accounts of the owning party alone.

-- A case: the kinship CSV files one party's unit uploaded, validated, kept as given.
CREATE TABLE genetic_cases (
    id            VARCHAR(36) PRIMARY KEY,
    party_id      VARCHAR(32) NOT NULL REFERENCES parties (id),
    title         VARCHAR NOT NULL,
    created_by    VARCHAR(64) NOT NULL,
    created_sec   BIGINT NOT NULL,
    created_nano  INTEGER NOT NULL,
    remains_count INTEGER NOT NULL,
    family_count  INTEGER NOT NULL,
    frequencies   VARCHAR NOT NULL,
    profiles      VARCHAR NOT NULL,
    remains       VARCHAR NOT NULL,
    pedigrees     VARCHAR NOT NULL,
    mutations     VARCHAR,
    -- NONE, RUNNING, DONE or FAILED; the last search's threshold and, when it failed, why.
    search_state  VARCHAR(8) NOT NULL,
    min_log10_lr  DOUBLE PRECISION NOT NULL,
    search_note   VARCHAR NOT NULL
);
CREATE INDEX genetic_cases_by_party ON genetic_cases (party_id, created_sec, created_nano);

-- The last search's rows at or above its threshold, in the search's order (row_no).
CREATE TABLE genetic_matches (
    case_id    VARCHAR(36) NOT NULL REFERENCES genetic_cases (id),
    row_no     INTEGER NOT NULL,
    remains_id VARCHAR NOT NULL,
    family_id  VARCHAR NOT NULL,
    missing_id VARCHAR NOT NULL,
    log10_lr   DOUBLE PRECISION NOT NULL,
    exclusions INTEGER NOT NULL,
    PRIMARY KEY (case_id, row_no)
);

-- Pairs of remains samples of the case that may be one person (identity LR), found with the last search.
CREATE TABLE genetic_same_person (
    case_id        VARCHAR(36) NOT NULL REFERENCES genetic_cases (id),
    row_no         INTEGER NOT NULL,
    first_id       VARCHAR NOT NULL,
    second_id      VARCHAR NOT NULL,
    log10_lr       DOUBLE PRECISION NOT NULL,
    shared_markers INTEGER NOT NULL,
    PRIMARY KEY (case_id, row_no)
);

-- A decision on one remains sample: confirmed (the remains are identified) or rejected. At most one
-- confirmation per remains sample of a case. list_id/row_id optionally tie the missing person to a row
-- of a list the party can read (its request), whose readers of that party then see "identified".
CREATE TABLE identifications (
    id           VARCHAR(36) PRIMARY KEY,
    case_id      VARCHAR(36) NOT NULL REFERENCES genetic_cases (id),
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    remains_id   VARCHAR NOT NULL,
    family_id    VARCHAR NOT NULL,
    missing_id   VARCHAR NOT NULL,
    log10_lr     DOUBLE PRECISION NOT NULL,
    decision     VARCHAR(9) NOT NULL,
    decided_by   VARCHAR(64) NOT NULL,
    decided_sec  BIGINT NOT NULL,
    decided_nano INTEGER NOT NULL,
    list_id      VARCHAR(36) REFERENCES lists (id),
    row_id       VARCHAR,
    confirmed_remains VARCHAR,
    CONSTRAINT identifications_one_confirmation UNIQUE (case_id, confirmed_remains)
);
CREATE INDEX identifications_by_case ON identifications (case_id, decided_sec, decided_nano);
CREATE INDEX identifications_by_list ON identifications (list_id, party_id);
