package org.repatria.lists.check;

/** An error rejects the whole list; a warning lets it through when the user accepts it. */
public enum Severity {
    ERROR, WARNING
}
