package org.repatria.server.identification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Sex;

/**
 * The kinship to a missing person of the family's typed relatives, in words (e.g. {@code mother; brother}): what a
 * death record says of how the person was identified, without a relative's id, name or profile.
 */
final class RelativesUsed {
    private RelativesUsed() {
    }

    static String of(Family family, String missingId) {
        Map<String, Member> byId = family.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Member missing = byId.get(missingId);
        if (missing == null) {
            return "";
        }
        return family.members().stream().filter(m -> m.sampleId().isPresent() && !m.id().equals(missingId))
                .map(m -> relation(m, missing, byId)).sorted().collect(Collectors.joining("; "));
    }

    private static String relation(Member m, Member missing, Map<String, Member> byId) {
        if (missing.fatherId().equals(Optional.of(m.id())) || missing.motherId().equals(Optional.of(m.id()))) {
            return word(m, "father", "mother", "parent");
        }
        if (m.fatherId().equals(Optional.of(missing.id())) || m.motherId().equals(Optional.of(missing.id()))) {
            return word(m, "son", "daughter", "child");
        }
        boolean father = missing.fatherId().isPresent() && missing.fatherId().equals(m.fatherId());
        boolean mother = missing.motherId().isPresent() && missing.motherId().equals(m.motherId());
        if (father && mother) {
            return word(m, "brother", "sister", "full sibling");
        }
        if (father || mother) {
            return "half sibling";
        }
        List<Optional<String>> parents = List.of(missing.fatherId(), missing.motherId());
        boolean grandparent = parents.stream().flatMap(Optional::stream).map(byId::get).filter(p -> p != null)
                .anyMatch(p -> p.fatherId().equals(Optional.of(m.id())) || p.motherId().equals(Optional.of(m.id())));
        return grandparent ? word(m, "grandfather", "grandmother", "grandparent") : "other relative";
    }

    private static String word(Member m, String male, String female, String either) {
        return m.sex() == Sex.MALE ? male : m.sex() == Sex.FEMALE ? female : either;
    }
}
