/**
 * Families' inquiries (docs/decisions/0158): the inquiries with their particulars and history, the alerts new lists and
 * answers raise on them with their reasons, which sources each was checked against, and the record of reads.
 */
package org.repatria.store.inquiry;
