package org.repatria.server.linkage;

import org.repatria.core.person.Person;

/** A pair under review with both rows as their lists give them. */
public record ReviewPair(LinkReply link, Person left, Person right) {
}
