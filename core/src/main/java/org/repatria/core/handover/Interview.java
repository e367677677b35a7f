package org.repatria.core.handover;

/** The outcome of the mediator's private interview with a prisoner before the crossing (if one was held). */
public enum Interview {
    /** No interview was held (remains, or not required). */
    NONE,
    /** The person consents to repatriation. */
    CONSENTS,
    /** The person refuses repatriation; they stay and the holder owes a replacement. */
    REFUSES
}
