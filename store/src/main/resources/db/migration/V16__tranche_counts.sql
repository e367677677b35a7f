-- Issue 16, item 1 (docs/decisions/0172): each side's signed count of a remains tranche at each stage (declared by the
-- handing side, counted at the crossing, received and counted at the morgue). One count per tranche and stage: the
-- key refuses a second. samples is NULL while samples are not counted. envelope_id names the signed count document.
CREATE TABLE tranche_counts (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    tranche      INTEGER NOT NULL,
    stage        VARCHAR(16) NOT NULL,
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    persons      INTEGER NOT NULL,
    bags         INTEGER NOT NULL,
    samples      INTEGER,
    envelope_id  VARCHAR(64) NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, tranche, stage),
    CONSTRAINT tranche_counts_envelope UNIQUE (envelope_id)
);
