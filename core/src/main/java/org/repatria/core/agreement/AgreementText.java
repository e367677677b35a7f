package org.repatria.core.agreement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.core.person.Category;

/**
 * The canonical text of an agreement: printable ASCII, one {@code key value} per line in a fixed order, so that
 * equal agreements have byte-equal texts that a party can sign as a {@code proposal} document. The line
 * {@code plan-by} is written only when the terms set a plan date, so texts signed before it existed read and render
 * to the same bytes (docs/decisions/0179).
 */
public final class AgreementText {
    static final String HEADER = "repatria-agreement v1";

    private AgreementText() {
    }

    /** The canonical bytes of an agreement. */
    public static byte[] render(Agreement a) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        line(out, "id", a.id().value());
        line(out, "kind", a.kind().token());
        line(out, "first", a.first().value());
        line(out, "second", a.second().value());
        line(out, "mediator", a.mediator().value());
        switch (a.terms()) {
            case Terms.FixedCounts f -> {
                line(out, "terms", "fixed-counts");
                line(out, "first-gives", Integer.toString(f.first()));
                line(out, "second-gives", Integer.toString(f.second()));
            }
            case Terms.AllForAll x -> line(out, "terms", "all-for-all");
            case Terms.OneWay o -> {
                line(out, "terms", "one-way");
                line(out, "from", o.from().value());
                line(out, "count", o.count().isPresent() ? Integer.toString(o.count().getAsInt()) : "all");
            }
        }
        Eligibility e = a.terms().eligibility();
        line(out, "categories", e.categories().stream().sorted().map(EligibilityCheck::token).collect(Collectors.joining(",")));
        line(out, "health", healths(e.health()));
        line(out, "age", e.age().map(r -> r.min() + "-" + r.max() + " on " + r.on()).orElse("any"));
        if (!(a.terms() instanceof Terms.OneWay)) {
            line(out, "exempt", a.terms().exempt().isEmpty() ? "none" : healths(a.terms().exempt()));
        }
        line(out, Deadlines.NOMINATIONS_BY, a.deadlines().nominationsBy().toString());
        a.deadlines().planBy().ifPresent(d -> line(out, Deadlines.PLAN_BY, d.toString()));
        line(out, Deadlines.COMPLETED_BY, a.deadlines().completedBy().toString());
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads canonical bytes back; {@link AgreementException} naming the line when they are not a canonical agreement. */
    public static Agreement parse(byte[] text) {
        TextReader in = TextReader.of(text);
        in.header(HEADER);
        AgreementId id = in.value("id", AgreementId::new);
        AgreementKind kind = in.value("kind", t -> token(AgreementKind.values(), AgreementKind::token, t));
        var first = in.party("first");
        var second = in.party("second");
        var mediator = in.party("mediator");
        String shape = in.field("terms");
        Terms terms = switch (shape) {
            case "fixed-counts" -> {
                int n = in.value("first-gives", Integer::parseInt);
                int m = in.value("second-gives", Integer::parseInt);
                Eligibility e = eligibility(in);
                yield new Terms.FixedCounts(n, m, e, in.value("exempt", AgreementText::exempt));
            }
            case "all-for-all" -> {
                Eligibility e = eligibility(in);
                yield new Terms.AllForAll(e, in.value("exempt", AgreementText::exempt));
            }
            case "one-way" -> {
                var from = in.party("from");
                OptionalInt count = in.value("count", t -> t.equals("all") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t)));
                yield new Terms.OneWay(from, count, eligibility(in));
            }
            default -> throw in.fail("names terms \"" + shape + "\"; expected fixed-counts, all-for-all or one-way");
        };
        var nominationsBy = in.date(Deadlines.NOMINATIONS_BY);
        var planBy = in.optionalDate(Deadlines.PLAN_BY);
        var completedBy = in.date(Deadlines.COMPLETED_BY);
        in.end();
        Deadlines deadlines;
        try {
            deadlines = new Deadlines(nominationsBy, planBy, completedBy);
        } catch (DeadlineException e) {
            throw new DeadlineException(e.field(), "the agreement text's " + e.field() + " is wrong: " + e.getMessage());
        }
        Agreement agreement;
        try {
            agreement = new Agreement(id, kind, first, second, mediator, terms, deadlines);
        } catch (AgreementException e) {
            throw new AgreementException("the agreement text does not make an agreement: " + e.getMessage());
        }
        if (!Arrays.equals(render(agreement), text)) {
            throw new AgreementException("the agreement text is not in canonical form (numbers without leading zeros,"
                    + " lists in the fixed order, no spaces); render it again before signing");
        }
        return agreement;
    }

    private static Eligibility eligibility(TextReader in) {
        Set<Category> categories = in.value("categories", t -> set(t, Category.values(), EligibilityCheck::token));
        Set<Health> health = in.value("health", t -> set(t, Health.values(), Health::token));
        Optional<AgeRange> age = in.value("age", AgreementText::age);
        return new Eligibility(categories, health, age);
    }

    private static Optional<AgeRange> age(String text) {
        if (text.equals("any")) {
            return Optional.empty();
        }
        String[] parts = text.split(" on ", -1);
        String[] bounds = parts[0].split("-", -1);
        if (parts.length != 2 || bounds.length != 2) {
            throw new AgreementException("expected \"any\" or \"MIN-MAX on YYYY-MM-DD\"");
        }
        return Optional.of(new AgeRange(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]),
                LocalDate.parse(parts[1])));
    }

    private static Set<Health> exempt(String text) {
        return text.equals("none") ? Set.of() : set(text, Health.values(), Health::token);
    }

    private static <E extends Enum<E>> Set<E> set(String text, E[] values, Function<E, String> token) {
        return Arrays.stream(text.split(",", -1)).map(t -> token(values, token, t)).collect(Collectors.toSet());
    }

    static <E extends Enum<E>> E token(E[] values, Function<E, String> token, String text) {
        return Arrays.stream(values).filter(v -> token.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new AgreementException("unknown value \"" + text + "\"; expected one of "
                        + Arrays.stream(values).map(token).toList()));
    }

    private static String healths(Set<Health> health) {
        return health.stream().sorted().map(Health::token).collect(Collectors.joining(","));
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(' ').append(value).append('\n');
    }
}
