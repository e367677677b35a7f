-- Issue 17, item 5 (docs/decisions/0183): the second factor, TOTP (RFC 6238). One factor per account: its secret
-- (Base32, never shown again once confirmed), whether the holder confirmed it with a code, and the last time step a code
-- was accepted for, so a code is accepted once (a replay of the same or an earlier step is refused).
CREATE TABLE totp_factors (
    username   VARCHAR(64) PRIMARY KEY REFERENCES accounts (username),
    secret     VARCHAR(64) NOT NULL,
    confirmed  INTEGER NOT NULL DEFAULT 0,
    last_step  BIGINT NOT NULL DEFAULT -1,
    created_ms BIGINT NOT NULL
);

-- The parties that require the second factor of their accounts (a row: required; no row: optional).
CREATE TABLE second_factor_parties (
    party_id VARCHAR(32) PRIMARY KEY REFERENCES parties (id)
);
