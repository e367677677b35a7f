-- Issue 4, item 5: an imported list becomes a signed person-list document on the log (docs/decisions/0065).
-- The envelope id of the list's submitted document; NULL while the list is not yet signed. Set in the same
-- transaction that stores the document and its log entry, so a list never claims a document the log lacks and a
-- document made from a list always names it.
ALTER TABLE lists ADD COLUMN envelope_id VARCHAR(64);
CREATE UNIQUE INDEX lists_by_envelope ON lists (envelope_id);
