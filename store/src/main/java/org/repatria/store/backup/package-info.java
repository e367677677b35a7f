/**
 * Backups of the whole database as one archive file, written from a consistent snapshot while the server runs, and
 * their restore into an empty store (docs/decisions/0166). Bytes and rows only: what the log in them means is checked
 * by the server's log package after a restore.
 */
package org.repatria.store.backup;
