package org.repatria.server.person;

import java.util.Optional;
import org.repatria.match.explain.Explanation;

/**
 * A link between two rows the reader may read: how likely they are one person, whether a reviewer confirmed it, and
 * the reasons field by field; for a proposed link, the id of the other person {@code b} belongs to.
 */
public record RowLink(PersonRow a, PersonRow b, double probability, boolean confirmed, Explanation why,
                      Optional<String> otherPerson) {
}
