/**
 * Families' inquiries (issue 14, item 5; docs/decisions/0158): a desk records a relative's inquiry for a person sought;
 * every new list and answer its holder may read is checked against the open inquiries off the request thread, and a
 * likely hit puts an alert on the holder's desk. {@link org.repatria.server.inquiry.Inquiries} is the entry point.
 */
package org.repatria.server.inquiry;
