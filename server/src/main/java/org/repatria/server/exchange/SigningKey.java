package org.repatria.server.exchange;

import org.repatria.server.document.DocumentMessages;

/** Whose key signs the caller's document: the side's own (it sends the signed body), or the one the server holds for it. */
sealed interface SigningKey {

    /** The side signed the document itself; {@code body} is its signed entry and content. */
    record Own(DocumentMessages.Submit body) implements SigningKey {
    }

    /** The server signs with the key it holds for the side (only where the mediator enabled one). */
    record ServerHeld() implements SigningKey {
    }
}
