/** Persistence for Repatria: parties, accounts, tokens, person lists and relays, embedded or on PostgreSQL. */
package org.repatria.store;
