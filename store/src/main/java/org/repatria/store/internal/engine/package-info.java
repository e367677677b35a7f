/** The database engines the store runs on (SQLite, H2, PostgreSQL) and the runner every repository sends its SQL through. */
package org.repatria.store.internal.engine;
