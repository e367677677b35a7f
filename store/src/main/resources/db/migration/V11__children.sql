-- Issue 13 (docs/decisions/0147): who works children's cases, the record of reads of children's records, and the
-- children's cases (particulars, photographs, closure), kept apart from the signed lists so that no list's canonical
-- CSV changes.

-- What a party grants one of its accounts beyond its role: 'CHILDREN' (works children's cases), 'SUPERVISOR'.
CREATE TABLE account_permissions (
    username   VARCHAR(64) NOT NULL REFERENCES accounts (username),
    permission VARCHAR(16) NOT NULL,
    PRIMARY KEY (username, permission)
);

-- One row per allowed read of a child's record: who (account, party, role), which record (the list, its author, the
-- row or '' for the whole list), what was read (rows, case, export, document, photo, answers) and when.
CREATE TABLE child_reads (
    id          VARCHAR(36) PRIMARY KEY,
    at_sec      BIGINT NOT NULL,
    at_nano     INTEGER NOT NULL,
    username    VARCHAR(64) NOT NULL,
    party_id    VARCHAR(32) NOT NULL,
    role        VARCHAR(16) NOT NULL,
    list_id     VARCHAR(36) NOT NULL,
    list_author VARCHAR(32) NOT NULL,
    row_id      VARCHAR NOT NULL,
    what        VARCHAR(16) NOT NULL
);
CREATE INDEX child_reads_by_time ON child_reads (at_sec, at_nano, id);
CREATE INDEX child_reads_by_party ON child_reads (party_id, at_sec);
CREATE INDEX child_reads_by_author ON child_reads (list_author, at_sec);

-- A case's particulars, one value per field (the latest), entered by the requesting side's child workers.
CREATE TABLE child_particulars (
    list_id      VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id       VARCHAR NOT NULL,
    field        VARCHAR(32) NOT NULL,
    field_value  VARCHAR NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    updated_sec  BIGINT NOT NULL,
    updated_nano INTEGER NOT NULL,
    PRIMARY KEY (list_id, row_id, field)
);

-- A case's photographs (image bytes, checked and limited by the server).
CREATE TABLE child_photos (
    id         VARCHAR(36) PRIMARY KEY,
    list_id    VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id     VARCHAR NOT NULL,
    media_type VARCHAR(32) NOT NULL,
    caption    VARCHAR NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    size_bytes INTEGER NOT NULL,
    content    ${bytes} NOT NULL,
    added_by   VARCHAR(64) NOT NULL,
    added_sec  BIGINT NOT NULL,
    added_nano INTEGER NOT NULL
);
CREATE INDEX child_photos_by_case ON child_photos (list_id, row_id, added_sec);

-- A closed case (a case is open until then); one closure per child, so a second reunification is refused.
CREATE TABLE child_closures (
    list_id     VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id      VARCHAR NOT NULL,
    closed_by   VARCHAR(64) NOT NULL,
    reference   VARCHAR NOT NULL,
    closed_sec  BIGINT NOT NULL,
    closed_nano INTEGER NOT NULL,
    PRIMARY KEY (list_id, row_id)
);
