package org.repatria.match;

import java.util.List;

/** The result of linking two lists: the pairs to act on (match or review), and how many pairs were compared. */
public record Linkage(List<Link> links, long candidatePairs) {
    public Linkage {
        links = List.copyOf(links);
    }

    /** The pairs decided as matches. */
    public List<Link> matches() {
        return links.stream().filter(l -> l.decision() == Decision.MATCH).toList();
    }
}
