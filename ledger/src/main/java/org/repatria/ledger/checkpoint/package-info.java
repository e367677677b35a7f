/** C2SP tlog-checkpoint: the signed statement of a log's origin, size and root hash. */
package org.repatria.ledger.checkpoint;
