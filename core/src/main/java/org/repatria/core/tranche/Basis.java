package org.repatria.core.tranche;

/** Why a person is in a tranche, which decides how they count for parity. */
public enum Basis {
    /** Counted for parity and for the agreed numbers. */
    REGULAR,
    /** Exempt from parity by the terms (GC III art. 109). */
    EXEMPT,
    /** A reserve making good an earlier drop-out of the same side; restores the totals, not counted twice. */
    MAKE_GOOD
}
