/**
 * Families' inquiries (issue 14, item 5): who asks, how to reach them and their consent, the particulars of the person
 * sought, and the inquiry's status; each value within its limit.
 */
package org.repatria.core.inquiry;
