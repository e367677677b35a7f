/** The parties to the talks and their accounts, password hashes and bearer tokens. */
package org.repatria.store.party;
