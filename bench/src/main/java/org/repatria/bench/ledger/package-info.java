/** Benchmarks of the verifiable log: proof generation at 10 million entries, auditing a 1-million-entry tiled log. */
package org.repatria.bench.ledger;
