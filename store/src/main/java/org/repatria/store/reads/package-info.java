/**
 * The record of reads (issue 15, docs/decisions/0165): who read or exported persons' rows, genetic data or children's
 * records, kept apart from the application data in its own append-only, hash-chained segment files, bounded by
 * rotation. {@link org.repatria.store.reads.ReadRecord} is the one entry point.
 */
package org.repatria.store.reads;
