/** C2SP signed-note: Ed25519 note keys (signer and verifier key strings), signing and verifying notes. */
package org.repatria.ledger.note;
