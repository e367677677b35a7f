package org.repatria.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.demo.HeldChild.Change;
import org.repatria.demo.name.NameForms;
import org.repatria.demo.name.NameForms.Language;

/**
 * What became of the deported children, as the requested side answers over the summer of 2025: three answers
 * documents (three, six and eight weeks after the relay) locating some children, most under a changed name or birth
 * date, saying others were not found or that the check goes on, and a few children handed back in July, their rows
 * answered {@code returned} in the third part. About a fifth of the list is answered two months after the relay; the
 * rest waits past the deadline.
 */
final class ChildFates {
    /** When the three answers documents are submitted. */
    static final List<Instant> PARTS = List.of(Instant.parse("2025-06-23T10:00:00Z"), Instant.parse("2025-07-14T10:00:00Z"),
            Instant.parse("2025-07-29T10:00:00Z"));
    /** Located, not found and "no information" rows in each part; the returned ones come from the first part's located. */
    private static final int[] LOCATED = {17, 15, 10};
    private static final int[] NOT_FOUND = {6, 8, 8};
    private static final int[] NO_INFORMATION = {0, 10, 0};
    static final int RETURNED = 5;
    static final LocalDate RETURN_DAY = LocalDate.of(2025, 7, 25);
    private static final String CROSSING = "пункт пропуска на границе Беларуси и Украины";

    /** The held records, the answers documents (in time order), the returns, and the cases with other names added. */
    record Result(List<HeldChild> held, List<List<RowAnswer>> parts, List<ChildReturn> returns, List<ChildCase> cases) {
    }

    private final NameWriter naming;
    private final NameData data;
    private final SplittableRandom rng;

    ChildFates(NameWriter naming, NameData data, SplittableRandom rng) {
        this.naming = naming;
        this.data = data;
        this.rng = rng;
    }

    /** The fates of the children listed in {@code children}, whose cases are {@code cases} (in row order). */
    Result decide(ListedPeople children, List<ChildCase> cases) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
        }
        TrackLists.shuffle(order, rng);
        List<ChildCase> updated = new ArrayList<>(cases);
        List<HeldChild> held = new ArrayList<>();
        List<List<RowAnswer>> parts = new ArrayList<>();
        List<ChildReturn> returns = new ArrayList<>();
        int next = 0;
        for (int part = 0; part < PARTS.size(); part++) {
            LocalDate day = PARTS.get(part).atZone(ZoneOffset.UTC).toLocalDate();
            List<RowAnswer> answers = new ArrayList<>();
            for (int k = 0; k < LOCATED[part]; k++, next++) {
                int i = order.get(next);
                HeldChild child = held(children.people().get(i), cases.get(i), day);
                held.add(child);
                answers.add(new RowAnswer(child.rowId(), RowStatus.LOCATED, new PartialDate.Day(day.minusDays(1 + rng.nextInt(14))),
                        child.carer(), child.name(), child.renamed() ? "ребёнок значится под именем, указанным в ответе" : ""));
                if (child.renamed() && rng.nextInt(3) == 0) {
                    updated.set(i, withOtherName(cases.get(i), child));
                }
            }
            for (int k = 0; k < NOT_FOUND[part]; k++, next++) {
                answers.add(new RowAnswer(cases.get(order.get(next)).rowId(), RowStatus.NOT_FOUND,
                        new PartialDate.Day(day.minusDays(1)), "", new PersonName("", "", ""),
                        "по данным органов опеки сведений о ребёнке нет"));
            }
            for (int k = 0; k < NO_INFORMATION[part]; k++, next++) {
                answers.add(new RowAnswer(cases.get(order.get(next)).rowId(), RowStatus.NO_INFORMATION, PartialDate.unknown(),
                        "", new PersonName("", "", ""), "проверка продолжается, проверяются дети со схожими фамилиями и именами"));
            }
            if (part == PARTS.size() - 1) {
                for (int k = 0; k < RETURNED; k++) {
                    HeldChild child = held.get(k);
                    ChildCase family = updated.get(order.get(k));
                    answers.add(new RowAnswer(child.rowId(), RowStatus.RETURNED, new PartialDate.Day(RETURN_DAY), CROSSING,
                            child.name(), "передан законному представителю в присутствии представителя посредника"));
                    returns.add(childReturn(family));
                }
            }
            parts.add(answers);
        }
        return new Result(held, parts, returns, updated);
    }

    private HeldChild held(TrueIdentity who, ChildCase family, LocalDate answered) {
        NameForms forms = NameForms.standard();
        PersonName russian = naming.russian(who);
        Set<Change> changes = EnumSet.noneOf(Change.class);
        NameData.Community community = data.russian.communities().pick(rng);
        String surname = russian.surname();
        String patronymic = russian.patronymic();
        if (rng.nextDouble() < 0.5) {
            changes.add(Change.SURNAME);
            surname = forms.surname(Language.RUSSIAN, community.surnames().pick(rng), who.sex());
            if (rng.nextDouble() < 0.6) {
                patronymic = forms.patronymic(Language.RUSSIAN, community.fatherGiven().pick(rng), who.sex());
            }
        }
        String given = russian.givenName();
        if (rng.nextDouble() < 0.4) {
            changes.add(Change.GIVEN_NAME);
            given = (who.sex() == Sex.FEMALE ? community.femaleGiven() : community.maleGiven()).pick(rng);
        }
        LocalDate birth = who.birth();
        if (rng.nextDouble() < 0.4) {
            changes.add(Change.BIRTH_DATE);
            long days = 15 + rng.nextInt(700);
            LocalDate shifted = rng.nextBoolean() ? birth.plusDays(days) : birth.minusDays(days);
            birth = shifted.isBefore(family.removal().date()) ? shifted : birth.minusDays(days);
        }
        String place = russianPlace(who.place().own());
        if (rng.nextDouble() < 0.5) {
            changes.add(Change.BIRTH_PLACE);
            place = rng.nextBoolean() ? "" : community.places().pick(rng).russian();
        }
        LocalDate since = family.removal().date().plusDays(10 + rng.nextInt(200));
        return new HeldChild(family.rowId(), new PersonName(surname, given, patronymic), new PartialDate.Day(birth), place,
                CaseData.get().carers.pick(rng), since.isBefore(answered) ? since : answered.minusDays(20), changes);
    }

    private ChildCase withOtherName(ChildCase family, HeldChild child) {
        String source = List.of("повідомлення у ЗМІ", "фото на сайті усиновлення", "повідомлення волонтерів").get(rng.nextInt(3));
        return new ChildCase(family.rowId(), family.guardians(), family.lastAddress(), family.removal(),
                List.of(new ChildCase.OtherName(child.name(), child.birth(), source)), family.photo());
    }

    private ChildReturn childReturn(ChildCase family) {
        ChildCase.Guardian guardian = family.guardians().getFirst();
        String proof = switch (guardian.standing()) {
            case "parent" -> String.format("свідоцтво про народження дитини № %06d", rng.nextInt(1_000_000));
            default -> String.format("рішення органу опіки та піклування № %d від %s", 10 + rng.nextInt(900),
                    family.removal().date().plusMonths(2));
        };
        PersonName escort = new PersonName(rng.nextBoolean() ? "Мороз" : "Кравець", rng.nextBoolean() ? "Ірина" : "Наталія", "");
        return new ChildReturn(family.rowId(), RETURN_DAY, CROSSING, new ChildReturn.Escort(escort.full(), "ombudsperson-staff",
                String.format("службове посвідчення № %04d", rng.nextInt(10_000))), guardian, proof);
    }

    /** A Ukrainian place as a Russian record writes it: {@code м. Херсон, Херсонська обл.} → {@code г. Херсон, Херсонская обл.}. */
    static String russianPlace(String ukrainian) {
        String s = org.repatria.demo.name.RussianSpelling.letterByLetter(ukrainian);
        s = s.replace("смт ", "пгт ").replace("м. ", "г. ");
        return s.replace("цька обл.", "цкая обл.").replace("ська обл.", "ская обл.").replace("зька обл.", "жская обл.");
    }
}
