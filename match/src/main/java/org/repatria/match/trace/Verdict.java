package org.repatria.match.trace;

/** How one particular of a candidate compares with the case's. */
public enum Verdict {
    /** The same (in any script or romanisation, or the Ukrainian and Russian forms of one name). */
    AGREE,
    /** Close: a slip of the pen, a sound-alike, a date shifted or swapped, a placement months after the removal. */
    PARTLY,
    /** Different. */
    DISAGREE,
    /** Missing on one side or both: weighs nothing. */
    MISSING
}
