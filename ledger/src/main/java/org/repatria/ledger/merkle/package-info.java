/** The RFC 9162 Merkle tree: hashing, stored subtree hashes, roots and proof generation. */
package org.repatria.ledger.merkle;
