/**
 * Administering accounts (docs/decisions/0182): a party's supervisor disables, enables and resets its own party's
 * accounts and reads their sign-ins and changes; every account changes its own password.
 */
package org.repatria.server.account;
