-- Issue 16, item 3 (docs/decisions/0175, "Theta in the server's searches"): the subpopulation correction theta the
-- identification unit chose for a case's last search (pairwise search, same-person matching and joint search all apply
-- it). A case not yet searched gets the default 0.01; cases searched before this migration ran the pairwise search
-- with theta 0, so they say 0.
ALTER TABLE genetic_cases ADD COLUMN theta DOUBLE PRECISION NOT NULL DEFAULT 0.01;
UPDATE genetic_cases SET theta = 0 WHERE search_state <> 'NONE';
