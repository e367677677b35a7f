/**
 * The record of reads on the server side (issue 15, docs/decisions/0165): {@link org.repatria.server.reads.Reads} is
 * the one line each read route calls after it read persons' rows, genetic data or children's records, and what the
 * supervisors' page and export ask of the record, supervisors only.
 */
package org.repatria.server.reads;
