package org.repatria.server.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.server.identification.Candidate;
import org.repatria.server.identification.CaseReview;
import org.repatria.server.identification.JointState;
import org.repatria.server.identification.SampleTriage;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.list.Lists;

/** The typed models of the identification unit's pages ({@code dna-*.jte}). */
final class DnaViews {
    private DnaViews() {
    }

    /** The case list and the upload form; {@code error} is the upload's refusal (file, row, field, reason). */
    record Cases(Page page, List<GeneticCase> cases, Optional<String> error, String title) {
    }

    /** One case under review; {@code refresh} while a search runs, so the progress figure updates itself. */
    record OneCase(Page page, CaseReview review, boolean refresh, String progress, JointState joint,
                   Map<String, Bag> bags) {

        /** The page refreshes itself while the pairwise or the joint search runs. */
        boolean refreshing() {
            return refresh || joint instanceof JointState.Running;
        }
    }

    /** The body bag a confirmed remains sample was taken from (issue 16): its tag and its page. */
    record Bag(String tag, String href) {
    }

    /** The most unidentified missing persons the case page names after a joint search (the count says how many in all). */
    static final int UNIDENTIFIED_SHOWN = 500;

    /** The running joint search's phase in the reader's language. */
    static String jointPhase(Text t, String phase) {
        return switch (phase) {
            case "undisputed" -> t.get("dna.joint.phase.undisputed");
            case "joint" -> t.get("dna.joint.phase.joint");
            default -> t.get("dna.joint.phase.pairs");
        };
    }

    /** Why the joint search refused the case: the limit, its value, what to do. */
    static String jointRefusal(Text t, JointState.Refused r) {
        return r.limitName().equals("max_pairs") ? t.format("dna.joint.refused.max_pairs", t.number(r.limit()))
                : t.format("dna.joint.refused.max_assignments", t.number(r.limit()));
    }

    /** A posterior pairing probability: four decimals. */
    static String posterior(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    /** One candidate; {@code rows} are the request rows a confirmation may name (the select's options). */
    record OneCandidate(Page page, Candidate candidate, String caseHref, Optional<String> error, List<RowOption> rows) {
    }

    /** A request row offered to a confirmation: the select's value ("list id/row id") and what the clerk reads. */
    record RowOption(String value, String label) {
        static RowOption of(Lists.KeyedRow r) {
            String name = String.join(" ", List.of(r.surname(), r.givenName(), r.patronymic()).stream()
                    .filter(s -> !s.isBlank()).toList());
            String military = r.militaryId().isBlank() ? "" : " · " + r.militaryId();
            return new RowOption(r.list() + "/" + r.rowId(), r.listTitle() + " · " + r.rowId() + " · " + name + military);
        }
    }

    /** The triage's words and counts, in the reader's language: strong, ambiguous, no candidate, not searched. */
    static String triage(Text t, SampleTriage triage) {
        return t.of("dna.triage", triage);
    }

    /** A log10 LR as the unit reads it: two decimals, "−∞" for an exclusion. */
    static String lr(double log10) {
        return Double.isInfinite(log10) ? (log10 < 0 ? "−∞" : "∞") : String.format(Locale.ROOT, "%.2f", log10);
    }

    /** A theta as given: 0, 0.01, 0.025 (no trailing zeros, a point as in the form). */
    static String theta(double theta) {
        return java.math.BigDecimal.valueOf(theta).stripTrailingZeros().toPlainString();
    }

    /** A marker's LR: three significant digits. */
    static String ratio(double lr) {
        return String.format(Locale.ROOT, "%.3g", lr);
    }

    /** The candidate page of a pair. */
    static String candidateHref(String caseId, String remains, String family, String missing) {
        return "/desk/identification/cases/" + caseId + "/candidate?remains=" + Page.enc(remains) + "&family="
                + Page.enc(family) + "&missing=" + Page.enc(missing);
    }
}
