/** Person lists and their relays, each party's saved import headers, and the search, sort and paging of a list's rows. */
package org.repatria.store.list;
