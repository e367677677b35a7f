package org.repatria.core.lifecycle;

/** Where a person (or the remains of one) stands in an exchange. */
public enum PersonState {
    /** Their own side asked for them. */
    REQUESTED,
    /** The holding side confirmed it holds them. */
    CONFIRMED_HELD,
    /** Nominated for an exchange. */
    NOMINATED,
    /** Both sides agreed on the nomination. */
    AGREED,
    /** Placed in a tranche. */
    IN_TRANCHE,
    /** The holder handed them over at the crossing. */
    HANDED_OVER,
    /** Their own side received them. */
    RECEIVED,
    /** Remains: identified (by DNA or otherwise) by the receiving side. */
    IDENTIFIED,
    /** Not found where the holding side said they were. */
    NOT_FOUND,
    /** Refused repatriation after a private interview with the mediator. */
    REFUSED_REPATRIATION,
    /** Died in the holder's custody. */
    DIED_IN_CUSTODY,
    /** Taken out of the exchange. */
    WITHDRAWN
}
