-- The verifiable log (issue 3). ${bytes} is the engine's byte-string type (BLOB, VARBINARY, BYTEA).
-- Entries are appended in batches (group commit): every entry of a batch, the subtree hashes they complete
-- and the checkpoint that covers them are written in one transaction.

-- One row per entry, by index; envelope_id/kind/signer repeat what the entry says, for lookups and to refuse
-- a replay (the same step on the same envelope by the same party twice).
CREATE TABLE log_entries (
    idx         BIGINT PRIMARY KEY,
    entry       ${bytes} NOT NULL,
    envelope_id VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    signer      VARCHAR(32) NOT NULL,
    CONSTRAINT log_entries_once UNIQUE (envelope_id, kind, signer)
);

-- The hash of every complete subtree: level l, index i covers leaves [i*2^l, (i+1)*2^l).
CREATE TABLE log_hashes (
    lvl  INTEGER NOT NULL,
    idx  BIGINT NOT NULL,
    hash ${bytes} NOT NULL,
    PRIMARY KEY (lvl, idx)
);

-- Every signed checkpoint, by tree size; the largest is the current one.
CREATE TABLE log_checkpoints (
    size BIGINT PRIMARY KEY,
    note ${bytes} NOT NULL
);

-- The log's note signer key, made on first start; one row.
CREATE TABLE log_keys (
    name   VARCHAR(64) PRIMARY KEY,
    signer VARCHAR NOT NULL
);

-- Documents submitted through the log: the canonical envelope and the bytes it describes.
CREATE TABLE documents (
    envelope_id VARCHAR(64) PRIMARY KEY,
    envelope    VARCHAR NOT NULL,
    author      VARCHAR(32) NOT NULL REFERENCES parties (id),
    content     ${bytes} NOT NULL
);

-- Parties' note verifier keys, registered by the mediator.
CREATE TABLE party_keys (
    vkey     VARCHAR(200) PRIMARY KEY,
    party_id VARCHAR(32) NOT NULL REFERENCES parties (id)
);
CREATE INDEX party_keys_by_party ON party_keys (party_id);

-- Witness cosignatures received for checkpoints (the cosigned note as submitted).
CREATE TABLE log_cosignatures (
    size    BIGINT NOT NULL,
    witness VARCHAR(200) NOT NULL,
    note    ${bytes} NOT NULL,
    PRIMARY KEY (size, witness)
);
