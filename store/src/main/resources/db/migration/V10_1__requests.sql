-- Issue 13 (docs/decisions/0146): every row of a relayed request list is a tracked request. The requested side answers
-- rows with signed answers documents; every answer is kept (a later one supersedes an earlier one, both stay in the
-- row's history); the current status of each answered row is kept beside it, written in the same transaction as the
-- answers document's log entry, so a list's counts are one GROUP BY. Version 10.1: V10 was taken by signing_order.

-- The mediator's response deadline for a request list: NULL deadline_sec when cleared; who set it and when.
CREATE TABLE request_deadlines (
    list_id      VARCHAR(36) PRIMARY KEY REFERENCES lists (id),
    deadline_sec BIGINT,
    set_by       VARCHAR(64) NOT NULL,
    set_party    VARCHAR(32) NOT NULL REFERENCES parties (id),
    set_sec      BIGINT NOT NULL,
    set_nano     INTEGER NOT NULL
);

-- One row per answers document: the list it answers, the answering (requested) party, when it was submitted, and
-- whether the requesting side may see it yet (1 once the mediator's relay of it is on the log).
CREATE TABLE request_documents (
    envelope_id   VARCHAR(64) PRIMARY KEY,
    list_id       VARCHAR(36) NOT NULL REFERENCES lists (id),
    party_id      VARCHAR(32) NOT NULL REFERENCES parties (id),
    answer_count  INTEGER NOT NULL,
    submitted_sec BIGINT NOT NULL,
    submitted_nano INTEGER NOT NULL,
    shown         INTEGER NOT NULL
);
CREATE INDEX request_documents_by_list ON request_documents (list_id, party_id, shown);
CREATE INDEX request_documents_unshown ON request_documents (shown, envelope_id);

-- Every answer as given, in its document's order (line_no); answer_date is ISO at the precision known, or ''.
CREATE TABLE request_answers (
    envelope_id     VARCHAR(64) NOT NULL REFERENCES request_documents (envelope_id),
    line_no         INTEGER NOT NULL,
    list_id         VARCHAR(36) NOT NULL,
    party_id        VARCHAR(32) NOT NULL,
    row_id          VARCHAR(64) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    answer_date     VARCHAR(10) NOT NULL,
    place           VARCHAR NOT NULL,
    held_surname    VARCHAR NOT NULL,
    held_given_name VARCHAR NOT NULL,
    held_patronymic VARCHAR NOT NULL,
    note            VARCHAR NOT NULL,
    submitted_sec   BIGINT NOT NULL,
    submitted_nano  INTEGER NOT NULL,
    PRIMARY KEY (envelope_id, line_no),
    CONSTRAINT request_answers_once UNIQUE (envelope_id, row_id)
);
CREATE INDEX request_answers_by_row ON request_answers (list_id, party_id, row_id);

-- The current answer of each answered row, twice: as submitted (what the mediator and the answering side see) and as
-- shown (the latest answer whose document was relayed: what the requesting side sees; NULL until one was). A row
-- without a line here is unanswered.
CREATE TABLE request_rows (
    list_id          VARCHAR(36) NOT NULL REFERENCES lists (id),
    party_id         VARCHAR(32) NOT NULL REFERENCES parties (id),
    row_id           VARCHAR(64) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    envelope_id      VARCHAR(64) NOT NULL,
    answered_sec     BIGINT NOT NULL,
    answered_nano    INTEGER NOT NULL,
    shown_status     VARCHAR(16),
    shown_envelope   VARCHAR(64),
    shown_sec        BIGINT,
    shown_nano       INTEGER,
    PRIMARY KEY (list_id, party_id, row_id)
);
CREATE INDEX request_rows_by_status ON request_rows (list_id, party_id, status);

-- The mediator's reminders, each a reminder document on the log addressed to the requested party.
CREATE TABLE request_reminders (
    envelope_id VARCHAR(64) PRIMARY KEY,
    list_id     VARCHAR(36) NOT NULL REFERENCES lists (id),
    party_id    VARCHAR(32) NOT NULL REFERENCES parties (id),
    note        VARCHAR NOT NULL,
    sent_by     VARCHAR(64) NOT NULL,
    sent_sec    BIGINT NOT NULL,
    sent_nano   INTEGER NOT NULL
);
CREATE INDEX request_reminders_by_list ON request_reminders (list_id, sent_sec);
