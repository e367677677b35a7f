-- Issue 6 hardening (docs/decisions/0119): the order of the two signatures on a text both sides sign is the
-- database's guarantee, not one server's lock. Each signature states its place (1: it answers the text's anchor,
-- 2: it answers the first signature); a place is taken once, so of two servers signing "first" at once one loses.
ALTER TABLE exchange_signatures ADD COLUMN signing_no INTEGER;
UPDATE exchange_signatures SET signing_no = 1 + (SELECT COUNT(*) FROM exchange_signatures o
    WHERE o.agreement_id = exchange_signatures.agreement_id AND o.subject = exchange_signatures.subject
      AND (o.at_sec < exchange_signatures.at_sec OR (o.at_sec = exchange_signatures.at_sec
           AND (o.at_nano < exchange_signatures.at_nano OR (o.at_nano = exchange_signatures.at_nano
                AND o.party_id < exchange_signatures.party_id)))));
CREATE UNIQUE INDEX exchange_signatures_order ON exchange_signatures (agreement_id, subject, signing_no);
