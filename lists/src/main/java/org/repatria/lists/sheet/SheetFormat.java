package org.repatria.lists.sheet;

/** The kind of file a list came in. */
public enum SheetFormat {
    CSV, XLSX
}
