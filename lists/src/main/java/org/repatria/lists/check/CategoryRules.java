package org.repatria.lists.check;

import java.time.LocalDate;
import java.util.List;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.PartialDate;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.field.Field;
import org.repatria.lists.header.Header;

/**
 * What each category asks of a row: the names of the living (GC III art. 17, AP I art. 78), a child's
 * birth date and an age under 18 at the date of removal (else on the list's date), a plausible age for a prisoner of war, and no
 * date after the list's date or death before birth.
 */
public final class CategoryRules {
    /** Younger than this, a prisoner of war is implausible (AP I art. 77 forbids recruiting under-15s). */
    static final int POW_YOUNGEST = 16;
    /** Older than this, a prisoner of war is implausible. */
    static final int POW_OLDEST = 75;
    static final int ADULT = 18;

    private final Header header;
    private final LocalDate listDate;

    public CategoryRules(Header header, LocalDate listDate) {
        this.header = header;
        this.listDate = listDate;
    }

    /** Adds the problems of {@code row} to {@code out}. */
    public void check(RowFacts row, List<Problem> out) {
        Category category = row.category();
        if (category != Category.REMAINS) { // remains are often unidentified: DNA names them later
            require(row, CoreField.SURNAME, row.name().surname(), out);
            require(row, CoreField.GIVEN_NAME, row.name().givenName(), out);
        }
        boolean noBirth = row.birth() instanceof PartialDate.Unknown;
        if (noBirth && category == Category.CHILD) {
            out.add(Problem.error(row.row(), header.nameOf(CoreField.BIRTH_DATE), "required.child-birth"));
        } else if (noBirth && category == Category.POW) {
            out.add(Problem.warning(row.row(), header.nameOf(CoreField.BIRTH_DATE), "expected.pow-birth"));
        }
        checkAge(row, out);
        checkDates(row, out);
    }

    private void require(RowFacts row, Field field, String value, List<Problem> out) {
        if (value.isEmpty()) {
            out.add(Problem.error(row.row(), header.nameOf(field), "required.missing", row.category().name()));
        }
    }

    private void checkAge(RowFacts row, List<Problem> out) {
        String column = header.nameOf(CoreField.BIRTH_DATE);
        if (Age.after(row.birth(), listDate)) {
            out.add(Problem.error(row.row(), column, "date.after-list", row.birth().iso(), listDate.toString()));
            return;
        }
        Age age = Age.on(row.birth(), listDate);
        if (age == null) {
            return;
        }
        String years = Integer.toString(age.max());
        switch (row.category()) {
            case CHILD -> checkChild(row, column, out);
            case POW -> {
                if (age.max() < POW_YOUNGEST) {
                    out.add(Problem.warning(row.row(), column, "pow.young", years));
                } else if (age.min() > POW_OLDEST) {
                    out.add(Problem.warning(row.row(), column, "pow.old", Integer.toString(age.min())));
                }
            }
            default -> {
            }
        }
    }

    /**
     * A child is a person under 18 at the date of removal, not on the day the list is read (issue 13): the age counts at
     * the row's REMOVAL_DATE when given (a partial date: from its first to its last possible day, never past the list's
     * date), else at the list's date.
     */
    private void checkChild(RowFacts row, String column, List<Problem> out) {
        PartialDate removal = row.details().get(DetailField.REMOVAL_DATE)
                .map(v -> v instanceof DetailValue.Date d ? d.value() : PartialDate.unknown()).orElse(PartialDate.unknown());
        if (removal instanceof PartialDate.Unknown || Age.after(removal, listDate)) {
            childOn(row, column, listDate, listDate, "child.adult", listDate.toString(), out);
            return;
        }
        LocalDate last = dayOf(removal).isAfter(listDate) ? listDate : dayOf(removal);
        childOn(row, column, firstDayOf(removal), last, "child.adult-at-removal", removal.iso(), out);
    }

    private void childOn(RowFacts row, String column, LocalDate first, LocalDate last, String key, String day, List<Problem> out) {
        Age youngest = Age.on(row.birth(), first);
        Age oldest = Age.on(row.birth(), last);
        if (youngest == null || oldest == null) {
            return;
        }
        if (youngest.min() >= ADULT) {
            out.add(Problem.error(row.row(), column, key, Integer.toString(youngest.min()), day));
        } else if (oldest.max() >= ADULT) {
            out.add(Problem.warning(row.row(), column, "child.maybe-adult", day));
        }
    }

    private static LocalDate firstDayOf(PartialDate date) {
        return switch (date) {
            case PartialDate.Unknown u -> LocalDate.MIN;
            case PartialDate.Year y -> LocalDate.of(y.year(), 1, 1);
            case PartialDate.Month m -> m.month().atDay(1);
            case PartialDate.Day d -> d.date();
        };
    }

    private void checkDates(RowFacts row, List<Problem> out) {
        row.details().values().forEach((field, value) -> {
            if (value instanceof DetailValue.Date date && Age.after(date.value(), listDate)) {
                out.add(Problem.error(row.row(), header.nameOf(Field.of(field)), "date.after-list", date.value().iso(), listDate.toString()));
            }
        });
        row.details().get(DetailField.DEATH_DATE).ifPresent(death -> {
            if (death instanceof DetailValue.Date date && Age.on(row.birth(), dayOf(date.value())) instanceof Age age
                    && age.max() < 0) {
                out.add(Problem.error(row.row(), header.nameOf(Field.of(DetailField.DEATH_DATE)), "death.before-birth"));
            }
        });
    }

    /** The latest day a partial date can stand for (for "died before born": only certain contradictions count). */
    private static LocalDate dayOf(PartialDate date) {
        return switch (date) {
            case PartialDate.Unknown u -> LocalDate.MAX;
            case PartialDate.Year y -> LocalDate.of(y.year(), 12, 31);
            case PartialDate.Month m -> m.month().atEndOfMonth();
            case PartialDate.Day d -> d.date();
        };
    }
}
