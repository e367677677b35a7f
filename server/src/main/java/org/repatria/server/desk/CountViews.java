package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** What the counts page shows: totals, each tranche's counts, running totals, differences, bags and the forms. */
final class CountViews {
    private CountViews() {
    }

    /** The page: the agreement, its totals, its tranches, and why the last count was refused. */
    record Counts(Page page, String agreement, String back, List<Figures> totals, List<Tranche> tranches,
                  Optional<NegotiationViews.Problem> problem) {
    }

    /** One tranche: its stage counts, running totals, differences in words, bags in words, and the caller's form. */
    record Tranche(int number, String handing, String receiving, List<Figures> counts, List<Figures> running,
                   List<String> differences, List<String> bags, Optional<Form> form) {
    }

    /** Figures at a stage, with who stated them (empty for totals). */
    record Figures(String stage, String party, int persons, int bags, String samples) {
    }

    /** A count the caller's side may state now on this tranche: where it posts and the stages it offers. */
    record Form(String action, List<CrossingViews.Option> stages) {
    }
}
