/** Auditing a log from outside: checkpoint signature, append-only consistency (split views), tiles, receipts, witnesses. */
package org.repatria.ledger.audit;
