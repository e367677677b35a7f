package org.repatria.core.list;

/** Why a party sends a list. */
public enum ListPurpose {
    /** People the author asks the other side to return or account for. */
    REQUEST,
    /** People (or remains) the author holds. */
    HOLDING,
    /** The people in one tranche of a handover. */
    MANIFEST
}
