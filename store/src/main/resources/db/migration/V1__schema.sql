-- One schema for SQLite, H2 (PostgreSQL mode) and PostgreSQL. ${binary} is the collation that makes
-- text sort keys compare byte by byte (COLLATE "C" on PostgreSQL; the others compare that way already).
-- Instants are stored as epoch seconds plus nanoseconds so they round-trip exactly on every engine.

CREATE TABLE parties (
    id   VARCHAR(32) PRIMARY KEY,
    name VARCHAR NOT NULL,
    kind VARCHAR(16) NOT NULL
);

CREATE TABLE accounts (
    username      VARCHAR(64) PRIMARY KEY,
    display_name  VARCHAR NOT NULL,
    party_id      VARCHAR(32) NOT NULL REFERENCES parties (id),
    role          VARCHAR(16) NOT NULL,
    password_hash VARCHAR NOT NULL
);

-- Bearer tokens as the SHA-256 of the token, in hex: the raw token is never stored.
CREATE TABLE tokens (
    token_sha256 VARCHAR(64) PRIMARY KEY,
    username     VARCHAR(64) NOT NULL REFERENCES accounts (username),
    expires_ms   BIGINT NOT NULL
);
CREATE INDEX tokens_by_username ON tokens (username);

CREATE TABLE lists (
    id           VARCHAR(36) PRIMARY KEY,
    author       VARCHAR(32) NOT NULL REFERENCES parties (id),
    purpose      VARCHAR(16) NOT NULL,
    category     VARCHAR(16) NOT NULL,
    title        VARCHAR NOT NULL,
    created_sec  BIGINT NOT NULL,
    created_nano INTEGER NOT NULL,
    row_count    INTEGER NOT NULL
);
CREATE INDEX lists_by_created ON lists (created_sec, created_nano);

-- One row per person; row_no is the author's order (0-based). The *_key columns are computed by the
-- store: search_text is the lower-cased searchable fields, surname_key/unit_key are Unicode collation
-- keys in hex, birth_key is yyyymmdd with 00 for unknown parts (0 when no date).
CREATE TABLE list_rows (
    list_id          VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_no           INTEGER NOT NULL,
    row_id           VARCHAR NOT NULL,
    surname          VARCHAR NOT NULL,
    given_name       VARCHAR NOT NULL,
    patronymic       VARCHAR NOT NULL,
    latin_surname    VARCHAR NOT NULL,
    latin_given_name VARCHAR NOT NULL,
    latin_patronymic VARCHAR NOT NULL,
    sex              VARCHAR(8) NOT NULL,
    birth_date       VARCHAR(10) NOT NULL,
    birth_key        INTEGER NOT NULL,
    birth_place      VARCHAR NOT NULL,
    military_id      VARCHAR ${binary} NOT NULL,
    mil_rank         VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    category         VARCHAR(16) NOT NULL,
    search_text      VARCHAR NOT NULL,
    surname_key      VARCHAR ${binary} NOT NULL,
    unit_key         VARCHAR ${binary} NOT NULL,
    PRIMARY KEY (list_id, row_no),
    CONSTRAINT list_rows_row_id UNIQUE (list_id, row_id)
);
CREATE INDEX list_rows_by_surname ON list_rows (list_id, surname_key, row_no);
CREATE INDEX list_rows_by_birth ON list_rows (list_id, birth_key, row_no);
CREATE INDEX list_rows_by_unit ON list_rows (list_id, unit_key, row_no);
CREATE INDEX list_rows_by_military_id ON list_rows (list_id, military_id, row_no);

CREATE TABLE relays (
    list_id      VARCHAR(36) NOT NULL REFERENCES lists (id),
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    relayed_sec  BIGINT NOT NULL,
    relayed_nano INTEGER NOT NULL,
    PRIMARY KEY (list_id, party_id)
);
