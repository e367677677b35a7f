package org.repatria.server.death;

import java.util.List;
import org.repatria.core.account.Account;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.identification.Identifications;
import org.repatria.store.Store;
import org.repatria.store.genetic.Decision;

/**
 * The confirmed identification a death record is of: the one confirmation of remains {@code remains} in a DNA case of
 * the caller's party. A pair the search only proposed, or one the unit rejected, gets no record (409 naming why).
 */
final class ConfirmedIdentification {
    private ConfirmedIdentification() {
    }

    static Decision of(Store store, Identifications dna, Account unit, String caseId, String remains) {
        if (caseId == null || caseId.isBlank()) {
            throw HttpProblem.invalid("case_id", "field case_id is required: the DNA case of the identification");
        }
        if (remains == null || remains.isBlank()) {
            throw HttpProblem.invalid("remains", "field remains is required: the remains sample identified");
        }
        String id = dna.require(unit, caseId.strip()).id();
        List<Decision> decisions = store.cases().decisions().of(id).stream()
                .filter(d -> d.pair().remainsId().equals(remains.strip())).toList();
        return decisions.stream().filter(Decision::confirmed).findFirst().orElseThrow(() -> HttpProblem.conflict(
                "not_confirmed", "remains " + remains.strip() + " of case " + id + (decisions.isEmpty()
                        ? " have no confirmed identification (a candidate the search proposed is not one);"
                        : " were rejected as " + decisions.getLast().pair().familyId() + "/"
                        + decisions.getLast().pair().missingId() + ", not confirmed;")
                        + " a death record is made for a confirmed identification only; nothing was recorded"));
    }
}
