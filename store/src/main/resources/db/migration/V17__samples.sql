-- Samples taken from received body bags (issue 16, docs/decisions/0173-a-bag-holds-samples-each-identified-on-its-own.md).
-- A bag holds one or more samples, each with its own id, unique among the samples of the party that holds them, so a
-- sample is never in two bags. Sample ids and bag tags only; the DNA profiles stay in genetic_cases (V4).
CREATE TABLE remains_samples (
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    sample_id    VARCHAR(64) NOT NULL,
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    body_tag     VARCHAR NOT NULL,
    PRIMARY KEY (party_id, sample_id)
);
CREATE INDEX remains_samples_by_bag ON remains_samples (agreement_id, body_tag);

-- Each sample's chain of custody, append-only and numbered per sample: taken (from its bag), sent, typed (case_id:
-- the DNA case that holds its profile), identified (identified_*: whom, by list and row).
CREATE TABLE sample_steps (
    party_id        VARCHAR(32) NOT NULL,
    sample_id       VARCHAR(64) NOT NULL,
    step_no         INTEGER NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    place           VARCHAR NOT NULL,
    note            VARCHAR NOT NULL,
    case_id         VARCHAR(36),
    identified_list VARCHAR(36),
    identified_row  VARCHAR,
    by_user         VARCHAR(64) NOT NULL,
    at_sec          BIGINT NOT NULL,
    at_nano         INTEGER NOT NULL,
    PRIMARY KEY (party_id, sample_id, step_no),
    FOREIGN KEY (party_id, sample_id) REFERENCES remains_samples (party_id, sample_id)
);
