/** Persistence for Repatria: {@link org.repatria.store.Store} opens the database and hands out its repositories; the store's exceptions live here too. */
package org.repatria.store;
