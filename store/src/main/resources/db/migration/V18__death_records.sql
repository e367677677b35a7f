-- Issue 16, item 4 (docs/decisions/0176): death records. The particulars (GC III art. 120, GC I arts. 16-17) are the
-- signed document's own bytes, kept with the log's documents; this table says which confirmed identification each
-- record is of, to whom it goes, and which record it corrects. The log holds the envelope (hashes and metadata) only.
-- revision: 1 for the first record of an identification, n + 1 for the correction of revision n (corrects names it);
-- the unique index refuses a second record of the same revision, so two recorders cannot both record first.
CREATE TABLE death_records (
    envelope_id       VARCHAR(64) PRIMARY KEY,
    identification_id VARCHAR(36) NOT NULL REFERENCES identifications (id),
    revision          INTEGER NOT NULL,
    corrects          VARCHAR(64),
    party_id          VARCHAR(32) NOT NULL REFERENCES parties (id),
    side_id           VARCHAR(32) NOT NULL REFERENCES parties (id),
    by_user           VARCHAR(64) NOT NULL,
    at_sec            BIGINT NOT NULL,
    at_nano           INTEGER NOT NULL
);
CREATE UNIQUE INDEX death_records_revision ON death_records (identification_id, revision);
CREATE INDEX death_records_by_party ON death_records (party_id, at_sec);
CREATE INDEX death_records_by_side ON death_records (side_id, at_sec);
