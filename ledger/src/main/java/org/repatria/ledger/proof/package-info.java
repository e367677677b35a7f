/** Verification of RFC 9162 inclusion and consistency proofs. */
package org.repatria.ledger.proof;
