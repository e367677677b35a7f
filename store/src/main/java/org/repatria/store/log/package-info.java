/** The verifiable log's storage: entries, subtree hashes and checkpoints; the documents they submit; the keys and cosignatures that sign it. */
package org.repatria.store.log;
