-- Issue 14, item 5 (docs/decisions/0158): families' inquiries, held by one desk (a party's or the mediator's), with the
-- history of every change, the alerts a new list or answer raises, which sources each inquiry was checked against, and
-- the record of reads (inquiries are need-to-know like children's cases).

-- One inquiry: the desk that holds it (party and the account that recorded it), its status and the reason given for it.
CREATE TABLE inquiries (
    id             VARCHAR(36) PRIMARY KEY,
    holder_party   VARCHAR(32) NOT NULL,
    holder_account VARCHAR(64) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    status_reason  VARCHAR NOT NULL,
    created_sec    BIGINT NOT NULL,
    created_nano   INTEGER NOT NULL,
    updated_sec    BIGINT NOT NULL,
    updated_nano   INTEGER NOT NULL
);
CREATE INDEX inquiries_by_holder ON inquiries (holder_party, created_sec);
CREATE INDEX inquiries_by_status ON inquiries (status);

-- An inquiry's particulars, one value per field (the latest); who asks, consent, and the person sought.
CREATE TABLE inquiry_fields (
    inquiry_id  VARCHAR(36) NOT NULL REFERENCES inquiries (id),
    field       VARCHAR(32) NOT NULL,
    field_value VARCHAR NOT NULL,
    PRIMARY KEY (inquiry_id, field)
);

-- The history: one row per changed field (field 'status' and 'reason' for a change of status), who and when; never
-- changed. seq orders the changes of one inquiry.
CREATE TABLE inquiry_changes (
    inquiry_id VARCHAR(36) NOT NULL REFERENCES inquiries (id),
    seq        INTEGER NOT NULL,
    at_sec     BIGINT NOT NULL,
    at_nano    INTEGER NOT NULL,
    username   VARCHAR(64) NOT NULL,
    what       VARCHAR(16) NOT NULL,
    field      VARCHAR(32) NOT NULL,
    old_value  VARCHAR NOT NULL,
    new_value  VARCHAR NOT NULL,
    PRIMARY KEY (inquiry_id, seq)
);

-- A likely hit: a list's row (source 'list') or an answer to a request row (source 'answer') that may be the person
-- sought, with its score; NEW until someone of the holding desk marks it SEEN, DISMISSED or CONFIRMED.
CREATE TABLE inquiry_alerts (
    id           VARCHAR(36) PRIMARY KEY,
    inquiry_id   VARCHAR(36) NOT NULL REFERENCES inquiries (id),
    source       VARCHAR(16) NOT NULL,
    list_id      VARCHAR(36) NOT NULL,
    row_id       VARCHAR NOT NULL,
    row_name     VARCHAR NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    state        VARCHAR(16) NOT NULL,
    raised_sec   BIGINT NOT NULL,
    raised_nano  INTEGER NOT NULL,
    decided_by   VARCHAR(64) NOT NULL,
    decided_sec  BIGINT NOT NULL,
    decided_nano INTEGER NOT NULL,
    UNIQUE (inquiry_id, source, list_id, row_id)
);
CREATE INDEX inquiry_alerts_by_inquiry ON inquiry_alerts (inquiry_id, raised_sec);

-- Why an alert was raised: one row per particular compared (verdict, level, the two values, the weight).
CREATE TABLE inquiry_alert_reasons (
    alert_id     VARCHAR(36) NOT NULL REFERENCES inquiry_alerts (id),
    seq          INTEGER NOT NULL,
    particular   VARCHAR(32) NOT NULL,
    verdict      VARCHAR(16) NOT NULL,
    reason_level VARCHAR(32) NOT NULL,
    sought_value VARCHAR NOT NULL,
    row_value    VARCHAR NOT NULL,
    weight       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (alert_id, seq)
);

-- Which sources an inquiry was checked against: 'list|<id>' once, 'answers|<list>|<party>|<count>' per count seen.
CREATE TABLE inquiry_checks (
    inquiry_id VARCHAR(36) NOT NULL REFERENCES inquiries (id),
    source_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (inquiry_id, source_key)
);

-- One row per allowed read of an inquiry: who (account, party, role), which inquiry, what was read, when.
CREATE TABLE inquiry_reads (
    id         VARCHAR(36) PRIMARY KEY,
    at_sec     BIGINT NOT NULL,
    at_nano    INTEGER NOT NULL,
    username   VARCHAR(64) NOT NULL,
    party_id   VARCHAR(32) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    inquiry_id VARCHAR(36) NOT NULL,
    what       VARCHAR(16) NOT NULL
);
CREATE INDEX inquiry_reads_by_inquiry ON inquiry_reads (inquiry_id, at_sec);
