/** The domain of Repatria: parties, accounts, persons and person lists. Pure Java, no I/O. */
package org.repatria.core;
