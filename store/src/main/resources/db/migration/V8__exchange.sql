-- Running an exchange (issue 6): agreements and their negotiation, nominations, tranche plans, every
-- person's lifecycle with its append-only history, handover checks, discrepancies and acts.
-- Documents themselves (proposals, plans, acts) live in `documents`; rows here name them by envelope id.

CREATE TABLE agreements (
    id            VARCHAR(36) PRIMARY KEY,
    kind          VARCHAR(16) NOT NULL,
    party_a       VARCHAR(32) NOT NULL REFERENCES parties (id),
    party_b       VARCHAR(32) NOT NULL REFERENCES parties (id),
    mediator      VARCHAR(32) NOT NULL REFERENCES parties (id),
    created_sec   BIGINT NOT NULL,
    created_nano  INTEGER NOT NULL,
    -- The step whose text the counterparty accepted (0 until then): the text the system enforces.
    accepted_step INTEGER NOT NULL
);

-- Each proposal, counter-proposal and acceptance: who, which signed document, the canonical text.
CREATE TABLE agreement_steps (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    step_no      INTEGER NOT NULL,
    step         VARCHAR(10) NOT NULL,
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    envelope_id  VARCHAR(64) NOT NULL,
    text         VARCHAR NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, step_no),
    CONSTRAINT agreement_steps_envelope UNIQUE (envelope_id)
);

-- Observers an agreement was shown to by the mediator (default: none).
CREATE TABLE agreement_grants (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    PRIMARY KEY (agreement_id, party_id)
);

-- A side's nominee: a row of one of its lists, in priority order, with the eligibility verdict and, when a
-- confirmed match link ties it to one, the counterparty's request row.
CREATE TABLE nominations (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    list_id      VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id       VARCHAR NOT NULL,
    priority     INTEGER NOT NULL,
    reserve      INTEGER NOT NULL,
    health       VARCHAR(32) NOT NULL,
    eligible     INTEGER NOT NULL,
    reason       VARCHAR NOT NULL,
    request_list VARCHAR(36),
    request_row  VARCHAR,
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, list_id, row_id)
);
CREATE INDEX nominations_by_side ON nominations (agreement_id, party_id, priority);

-- Every version of the tranche plan; an accepted one names its signed document.
CREATE TABLE tranche_plans (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    plan_no      INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    envelope_id  VARCHAR(64),
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, plan_no)
);

-- Who is in which tranche of a plan.
CREATE TABLE tranche_members (
    agreement_id VARCHAR(36) NOT NULL,
    plan_no      INTEGER NOT NULL,
    tranche_no   INTEGER NOT NULL,
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    list_id      VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id       VARCHAR NOT NULL,
    PRIMARY KEY (agreement_id, plan_no, list_id, row_id),
    FOREIGN KEY (agreement_id, plan_no) REFERENCES tranche_plans (agreement_id, plan_no)
);

-- A person's current state in an agreement; `moves` counts its history rows.
CREATE TABLE person_states (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    list_id      VARCHAR(36) NOT NULL REFERENCES lists (id),
    row_id       VARCHAR NOT NULL,
    state        VARCHAR(24) NOT NULL,
    moves        INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, list_id, row_id)
);

-- Append-only: every move with who, for which party, when and why (the first starts from the state the person
-- had before the agreement knew them: requested or confirmed held).
CREATE TABLE person_moves (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    list_id      VARCHAR(36) NOT NULL,
    row_id       VARCHAR NOT NULL,
    move_no      INTEGER NOT NULL,
    from_state   VARCHAR(24) NOT NULL,
    to_state     VARCHAR(24) NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    by_party     VARCHAR(32) NOT NULL REFERENCES parties (id),
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    reason       VARCHAR NOT NULL,
    PRIMARY KEY (agreement_id, list_id, row_id, move_no)
);

-- What the crossing saw, person by person (or body by body): list/row when it was someone on the manifest.
CREATE TABLE handover_checks (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    tranche_no   INTEGER NOT NULL,
    check_no     INTEGER NOT NULL,
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    list_id      VARCHAR(36),
    row_id       VARCHAR,
    presented    VARCHAR NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    note         VARCHAR NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, tranche_no, check_no)
);

-- Anything at the crossing that is not a clean handover: recorded, never silently accepted.
CREATE TABLE handover_discrepancies (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    tranche_no   INTEGER NOT NULL,
    disc_no      INTEGER NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    list_id      VARCHAR(36),
    row_id       VARCHAR,
    detail       VARCHAR NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, tranche_no, disc_no)
);

-- The act of one tranche's handover: its canonical text and the signed document on the log.
CREATE TABLE handover_acts (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    tranche_no   INTEGER NOT NULL,
    envelope_id  VARCHAR(64) NOT NULL,
    text         VARCHAR NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, tranche_no),
    CONSTRAINT handover_acts_envelope UNIQUE (envelope_id)
);

-- A text both parties sign as documents of their own (an accepted plan, a handover act): one row per signing party.
-- subject names the text within the agreement: 'plan 2', 'act 1'.
CREATE TABLE exchange_signatures (
    agreement_id VARCHAR(36) NOT NULL REFERENCES agreements (id),
    subject      VARCHAR(32) NOT NULL,
    party_id     VARCHAR(32) NOT NULL REFERENCES parties (id),
    envelope_id  VARCHAR(64) NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    at_sec       BIGINT NOT NULL,
    at_nano      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, subject, party_id),
    CONSTRAINT exchange_signatures_envelope UNIQUE (envelope_id)
);
