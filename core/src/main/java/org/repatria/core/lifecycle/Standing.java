package org.repatria.core.lifecycle;

/** How the party making a move stands to the person moved. */
public enum Standing {
    /** Holds the person (or the remains) and would hand them over. */
    HOLDER,
    /** The person's own side, which asked for them and receives them. */
    RECEIVER,
    /** The neutral intermediary between the two. */
    MEDIATOR
}
