/** The server's verifiable log: group-committed appends, C2SP tiles under /log/, receipts, proofs and documents. */
package org.repatria.server.log;
