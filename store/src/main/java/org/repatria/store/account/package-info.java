/**
 * What administering an account keeps (docs/decisions/0182): whether it is disabled, whether its password must be
 * changed, the record of changes made to it, and the bounded record of sign-ins and failures.
 */
package org.repatria.store.account;
