package org.repatria.server.desk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Terms;
import org.repatria.core.person.Category;

/**
 * An agreement's terms in the reader's language, read from its canonical text (which the page also shows as signed):
 * one line per field, kinds, categories and health classes as words, parties by name.
 */
final class TermsInWords {
    private TermsInWords() {
    }

    /** The lines, each "field: value"; none when the text is not an agreement (the signed text is still shown). */
    static List<String> of(String canonical, Text t) {
        Agreement a;
        try {
            a = AgreementText.parse(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (AgreementException | IllegalArgumentException notAnAgreement) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        add(out, t, "ID", a.id().value());
        add(out, t, "KIND", t.term("kind", a.kind().name()));
        add(out, t, "FIRST", t.party(a.first().value()));
        add(out, t, "SECOND", t.party(a.second().value()));
        add(out, t, "MEDIATOR", t.party(a.mediator().value()));
        switch (a.terms()) {
            case Terms.FixedCounts f -> {
                add(out, t, "TERMS", t.term("terms", "FIXED_COUNTS"));
                add(out, t, "FIRST_GIVES", t.number(f.first()));
                add(out, t, "SECOND_GIVES", t.number(f.second()));
            }
            case Terms.AllForAll x -> add(out, t, "TERMS", t.term("terms", "ALL_FOR_ALL"));
            case Terms.OneWay o -> {
                add(out, t, "TERMS", t.term("terms", "ONE_WAY"));
                add(out, t, "FROM", t.party(o.from().value()));
                add(out, t, "COUNT", o.count().isPresent() ? t.number(o.count().getAsInt()) : t.term("terms", "ALL_FOR_ALL"));
            }
        }
        var e = a.terms().eligibility();
        add(out, t, "CATEGORIES", t.terms("category", e.categories().stream().sorted().map(Category::name).toList()));
        add(out, t, "HEALTH", healths(e.health(), t));
        add(out, t, "AGE", e.age().map(r -> t.format("words.phrase.AGE_RANGE", r.min(), r.max(), r.on().toString()))
                .orElse(t.term("terms", "ANY")));
        if (!(a.terms() instanceof Terms.OneWay)) {
            add(out, t, "EXEMPT", a.terms().exempt().isEmpty() ? t.term("terms", "NONE") : healths(a.terms().exempt(), t));
        }
        add(out, t, "NOMINATIONS_BY", a.deadlines().nominationsBy().toString());
        a.deadlines().planBy().ifPresent(d -> add(out, t, "PLAN_BY", d.toString()));
        add(out, t, "COMPLETED_BY", a.deadlines().completedBy().toString());
        return List.copyOf(out);
    }

    private static String healths(Set<Health> health, Text t) {
        return t.terms("health", health.stream().sorted().map(Health::name).toList());
    }

    private static void add(List<String> out, Text t, String field, String value) {
        out.add(t.format("words.terms.line", t.term("terms.key", field), value));
    }
}
