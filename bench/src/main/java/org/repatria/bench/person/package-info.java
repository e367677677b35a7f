/** The server's person index through the store: joining stored lists, restoring after a restart, searching as a reader. */
package org.repatria.bench.person;
