-- The chain of custody of received remains, bag by bag, after the crossing and the receiver's signature on the act
-- (which the server reads from handover_checks and exchange_signatures): stored, sampled, identified, returned.
-- Append-only; identified_* name whom the remains were identified as.
CREATE TABLE custody_steps (
    agreement_id    VARCHAR(36) NOT NULL REFERENCES agreements (id),
    body_tag        VARCHAR NOT NULL,
    step_no         INTEGER NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    party_id        VARCHAR(32) NOT NULL REFERENCES parties (id),
    place           VARCHAR NOT NULL,
    note            VARCHAR NOT NULL,
    identified_list VARCHAR(36),
    identified_row  VARCHAR,
    by_user         VARCHAR(64) NOT NULL,
    at_sec          BIGINT NOT NULL,
    at_nano         INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, body_tag, step_no)
);
