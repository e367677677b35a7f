-- Issue 17, item 5 (docs/decisions/0182): an account can be disabled and re-enabled, its password reset to a one-time
-- one that must be changed at the next sign-in; every such change is recorded, and so is every sign-in and failure.
-- credentials_epoch grows with each change: a desk session remembers the epoch it was opened under, so a change made
-- by the command line beside a running server ends the account's open sessions on their next request.
ALTER TABLE accounts ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN password_change_due INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN credentials_epoch BIGINT NOT NULL DEFAULT 0;

-- One row per sign-in attempt that reached a password check. username and party_id are '' when no account has the
-- name typed: what was typed is never kept (it may be a password typed in the wrong field). seq orders the rows for
-- the bound: a new row deletes those more than the capacity behind it.
CREATE TABLE sign_ins (
    id       VARCHAR(36) PRIMARY KEY,
    seq      BIGINT NOT NULL,
    at_sec   BIGINT NOT NULL,
    at_nano  INTEGER NOT NULL,
    username VARCHAR(64) NOT NULL,
    party_id VARCHAR(32) NOT NULL,
    address  VARCHAR(64) NOT NULL,
    outcome  VARCHAR(32) NOT NULL
);
CREATE INDEX sign_ins_by_seq ON sign_ins (seq);
CREATE INDEX sign_ins_by_party ON sign_ins (party_id, seq);
CREATE INDEX sign_ins_by_username ON sign_ins (username, seq);

-- Who did what to which account, when: actor is the administering account, or the operating-system user of the
-- command line (actor_party '').
CREATE TABLE account_changes (
    id          VARCHAR(36) PRIMARY KEY,
    at_sec      BIGINT NOT NULL,
    at_nano     INTEGER NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    actor_party VARCHAR(32) NOT NULL,
    username    VARCHAR(64) NOT NULL,
    party_id    VARCHAR(32) NOT NULL,
    action      VARCHAR(32) NOT NULL
);
CREATE INDEX account_changes_by_party ON account_changes (party_id, at_sec);
CREATE INDEX account_changes_by_username ON account_changes (username, at_sec);
