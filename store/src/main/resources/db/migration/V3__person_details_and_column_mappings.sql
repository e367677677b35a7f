-- Issue 4, phase 2. A person's detail fields (capture, death, burial, a child's parents...: module
-- core, DetailField) as one text column of their row, a line "field=value" each; '' when none.
ALTER TABLE list_rows ADD COLUMN details VARCHAR NOT NULL DEFAULT '';

-- A party's own header names for list import (module lists, ColumnMapping): the header folded for
-- comparison, and the canonical field it names. Saved so that the party's next list maps without help.
CREATE TABLE column_mappings (
    party_id   VARCHAR(32) NOT NULL REFERENCES parties (id),
    header_key VARCHAR(200) NOT NULL,
    field      VARCHAR(32) NOT NULL,
    PRIMARY KEY (party_id, header_key)
);
