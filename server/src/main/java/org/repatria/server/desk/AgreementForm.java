package org.repatria.server.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.repatria.core.agreement.AgeRange;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.DeadlineException;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Terms;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.server.error.HttpProblem;

/**
 * The proposal form's fields read into an {@link Agreement}, and an agreement written back as the form's fields (to
 * counter it). A bad field is refused with its name and the reason; the form then shows again as it was sent.
 */
final class AgreementForm {
    private AgreementForm() {
    }

    /** The sides and mediator the form does not choose: the new text's first and second side and its mediator. */
    record Sides(PartyId first, PartyId second, PartyId mediator) {
    }

    static Agreement read(Map<String, List<String>> form, Sides sides) {
        String id = one(form, "id");
        AgreementKind kind = choice(form, "kind", AgreementKind.class);
        Eligibility eligibility = field("age", () -> eligibility(form));
        Terms terms = field("terms", () -> terms(form, sides, eligibility));
        Deadlines deadlines = deadlines(form);
        AgreementId agreementId = field("id", () -> new AgreementId(id));
        return field("terms", () -> new Agreement(agreementId, kind, sides.first(), sides.second(), sides.mediator(), terms,
                deadlines));
    }

    /** The fields of {@code a}, as the form would send them. */
    static Map<String, List<String>> values(Agreement a) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("id", List.of(a.id().value()));
        v.put("kind", List.of(a.kind().name()));
        Eligibility e = a.terms().eligibility();
        v.put("categories", e.categories().stream().map(Enum::name).sorted().toList());
        v.put("health", e.health().stream().map(Enum::name).sorted().toList());
        e.age().ifPresent(r -> {
            v.put("age-min", List.of(Integer.toString(r.min())));
            v.put("age-max", List.of(Integer.toString(r.max())));
            v.put("age-on", List.of(r.on().toString()));
        });
        v.put("exempt", a.terms().exempt().stream().map(Enum::name).sorted().toList());
        switch (a.terms()) {
            case Terms.FixedCounts f -> {
                v.put("terms", List.of("fixed-counts"));
                v.put("first-gives", List.of(Integer.toString(f.first())));
                v.put("second-gives", List.of(Integer.toString(f.second())));
            }
            case Terms.AllForAll x -> v.put("terms", List.of("all-for-all"));
            case Terms.OneWay o -> {
                v.put("terms", List.of("one-way"));
                v.put("from", List.of(o.from().value()));
                v.put("count", o.count().isPresent() ? List.of(Integer.toString(o.count().getAsInt())) : List.of());
            }
        }
        v.put("nominations-by", List.of(a.deadlines().nominationsBy().toString()));
        v.put("plan-by", a.deadlines().planBy().map(d -> List.of(d.toString())).orElse(List.of()));
        v.put("completed-by", List.of(a.deadlines().completedBy().toString()));
        return v;
    }

    private static Terms terms(Map<String, List<String>> form, Sides sides, Eligibility eligibility) {
        Set<Health> exempt = choices(form, "exempt", Health.class, false);
        return switch (one(form, "terms")) {
            case "fixed-counts" -> new Terms.FixedCounts(number(form, "first-gives"), number(form, "second-gives"),
                    eligibility, exempt);
            case "all-for-all" -> new Terms.AllForAll(eligibility, exempt);
            case "one-way" -> new Terms.OneWay(from(form, sides), one(form, "count").isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(number(form, "count")), eligibility);
            default -> throw HttpProblem.invalid("terms", "choose fixed counts, all for all or one way");
        };
    }

    /** The dates, in order (nominations, plan, completion); the plan's is optional; a date out of order is named. */
    private static Deadlines deadlines(Map<String, List<String>> form) {
        LocalDate nominations = date(form, Deadlines.NOMINATIONS_BY);
        Optional<LocalDate> plan = one(form, Deadlines.PLAN_BY).isEmpty() ? Optional.empty()
                : Optional.of(date(form, Deadlines.PLAN_BY));
        LocalDate completed = date(form, Deadlines.COMPLETED_BY);
        try {
            return new Deadlines(nominations, plan, completed);
        } catch (DeadlineException e) {
            throw HttpProblem.invalid(e.field(), e.getMessage());
        }
    }

    private static PartyId from(Map<String, List<String>> form, Sides sides) {
        String from = one(form, "from");
        if (from.equals(sides.first().value()) || from.equals(sides.second().value())) {
            return PartyId.of(from);
        }
        throw HttpProblem.invalid("from", "choose the side that hands persons over: " + sides.first() + " or "
                + sides.second());
    }

    private static Eligibility eligibility(Map<String, List<String>> form) {
        Set<Category> categories = choices(form, "categories", Category.class, true);
        Set<Health> health = choices(form, "health", Health.class, true);
        if (one(form, "age-min").isEmpty() && one(form, "age-max").isEmpty() && one(form, "age-on").isEmpty()) {
            return new Eligibility(categories, health, Optional.empty());
        }
        return new Eligibility(categories, health, Optional.of(new AgeRange(number(form, "age-min"),
                number(form, "age-max"), date(form, "age-on"))));
    }

    private static <E extends Enum<E>> Set<E> choices(Map<String, List<String>> form, String field, Class<E> type,
                                                       boolean required) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String v : form.getOrDefault(field, List.of())) {
            chosen.add(value(field, type, v));
        }
        if (required && chosen.isEmpty()) {
            throw HttpProblem.invalid(field, "tick at least one");
        }
        return chosen;
    }

    private static <E extends Enum<E>> E choice(Map<String, List<String>> form, String field, Class<E> type) {
        return value(field, type, one(form, field));
    }

    private static <E extends Enum<E>> E value(String field, Class<E> type, String raw) {
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field, "'" + raw + "' is not one of the choices offered");
        }
    }

    private static int number(Map<String, List<String>> form, String field) {
        try {
            return Integer.parseInt(one(form, field));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid(field, "give a whole number, not '" + one(form, field) + "'");
        }
    }

    private static LocalDate date(Map<String, List<String>> form, String field) {
        try {
            return LocalDate.parse(one(form, field));
        } catch (DateTimeParseException e) {
            throw HttpProblem.invalid(field, "give a date as YYYY-MM-DD, not '" + one(form, field) + "'");
        }
    }

    private static String one(Map<String, List<String>> form, String field) {
        return form.getOrDefault(field, List.of()).stream().findFirst().orElse("").strip();
    }

    /** Runs {@code step}, reporting a rule of the terms it breaks against {@code field}. */
    private static <T> T field(String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (AgreementException | IllegalArgumentException e) {
            throw HttpProblem.invalid(field, e.getMessage());
        }
    }
}
