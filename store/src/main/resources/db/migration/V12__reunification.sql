-- Issue 13, item 6: a child's return and reunification (docs/decisions/0149).
-- guardian_checks: the receiving guardian's identity and legal standing, and who accompanied the child across, as
-- checked at the handover by the receiving side or the mediator's delegate; one per child per agreement.
CREATE TABLE guardian_checks (
    agreement_id      VARCHAR(36) NOT NULL REFERENCES agreements (id),
    tranche           INTEGER NOT NULL,
    child_list        VARCHAR(36) NOT NULL,
    child_row         VARCHAR(64) NOT NULL,
    guardian_name     VARCHAR(200) NOT NULL,
    document_type     VARCHAR(60) NOT NULL,
    document_number   VARCHAR(60) NOT NULL,
    relation          VARCHAR(60) NOT NULL,
    standing          VARCHAR(32) NOT NULL,
    standing_document VARCHAR(200) NOT NULL,
    escort_name       VARCHAR(200) NOT NULL,
    escort_role       VARCHAR(32) NOT NULL,
    escort_document   VARCHAR(120) NOT NULL,
    party_id          VARCHAR(32) NOT NULL REFERENCES parties (id),
    by_user           VARCHAR(64) NOT NULL,
    at_sec            BIGINT NOT NULL,
    at_nano           INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, child_list, child_row)
);

-- reunifications: the mediator's signed record (its envelope on the log), stored in the log's own commit. One per
-- child row and one per request row: a second reunification of the same child is refused by either key.
-- case_closed: the child's case is closed by the record (until children's cases live in their own tables).
CREATE TABLE reunifications (
    child_list    VARCHAR(36) NOT NULL,
    child_row     VARCHAR(64) NOT NULL,
    agreement_id  VARCHAR(36) NOT NULL REFERENCES agreements (id),
    tranche       INTEGER NOT NULL,
    request_list  VARCHAR(36) NOT NULL,
    request_row   VARCHAR(64) NOT NULL,
    envelope_id   VARCHAR(64) NOT NULL,
    case_closed   BOOLEAN NOT NULL,
    by_user       VARCHAR(64) NOT NULL,
    at_sec        BIGINT NOT NULL,
    at_nano       INTEGER NOT NULL,
    PRIMARY KEY (child_list, child_row)
);
CREATE UNIQUE INDEX reunifications_request ON reunifications (request_list, request_row);
CREATE UNIQUE INDEX reunifications_envelope ON reunifications (envelope_id);
