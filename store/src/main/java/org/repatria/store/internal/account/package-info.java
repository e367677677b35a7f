/** The account-change rows the store's repositories write inside their own transactions (docs/decisions/0182). */
package org.repatria.store.internal.account;
