/** C2SP tlog-cosignature: witnesses' timestamped Ed25519 cosignatures on checkpoints. */
package org.repatria.ledger.cosignature;
