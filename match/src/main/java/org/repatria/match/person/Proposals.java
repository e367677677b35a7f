package org.repatria.match.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.repatria.match.compare.Profile;
import org.repatria.match.score.Scorer;

/**
 * Links a reviewer may want to make: from a person's rows to rows of other persons sharing a blocking key, scored
 * now, at or above the review threshold, leaving out pairs a reviewer rejected; best first.
 */
final class Proposals {
    private Proposals() {
    }

    static List<PersonLink> of(HeldRows held, long person, Scorer scorer, double threshold, int rowsLooked, int max) {
        int[] rows = held.rowsOf(person);
        List<PersonLink> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < Math.min(rows.length, rowsLooked); i++) {
            int a = rows[i];
            Profile p = held.profiles.get(a);
            held.blocks.candidates(Blocks.keyed(p), (b, key) -> {
                if (held.personOf(b) != person && !held.rejected(a, b) && seen.add(HeldRows.pair(a, b))) {
                    Joining.Explained e = Joining.explain(scorer, p, held.profiles.get(b));
                    if (e.probability() >= threshold) {
                        out.add(new PersonLink(held.refs.get(a), held.refs.get(b), e.probability(),
                                PersonLink.Kind.REVIEW, e.explanation()));
                    }
                }
            });
        }
        out.sort(Filing.bestFirst());
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }
}
