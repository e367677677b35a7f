package org.repatria.store.request;

/** Whose view of the answers to read: what was submitted, or what the mediator relayed to the requesting side. */
public enum View {
    /** Every answer as submitted: the answering side's and the mediator's view. */
    SUBMITTED,
    /** Only answers whose document the mediator relayed: the requesting side's view. */
    SHOWN
}
