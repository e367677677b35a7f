/** The one-writer lock on a database's log: a lock file beside an embedded database, an advisory lock on PostgreSQL. */
package org.repatria.store.internal.lock;
