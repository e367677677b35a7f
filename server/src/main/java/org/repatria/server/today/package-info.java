/**
 * Work for today (issue 17, item 1; docs/decisions/0178): what waits on the reader's desk — documents to relay or
 * acknowledge, disputes to answer, nominations, plans and acts to sign, answers due — each with its deadline, read by
 * state (a fold of the log's new steps, one query per kind of exchange state) so the page and the navigation's count
 * stay cheap, and only what the reader may read.
 */
package org.repatria.server.today;
