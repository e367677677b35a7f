package org.repatria.core.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;

class PlanTextTest {
    private static final Agreement FIVE = Fixtures.fixed(5, 5);

    private static Plan plan() {
        Nominee odd = Fixtures.prisoner(UA, 3, Health.SERIOUSLY_WOUNDED_OR_SICK);
        Nominee tabbed = new Nominee(odd.person(), UA, odd.category(), odd.birthDate(), odd.health(), "", "",
                "Шевченко\tІван \\ «Кобзар»");
        List<Nominee> ua = new ArrayList<>(Fixtures.prisoners(UA, 4, 8));
        ua.add(tabbed);
        ua.add(Fixtures.body(UA, 1));
        Roster uaRoster = new Roster(UA, ua, Fixtures.prisoners(UA, 90, 91));
        Roster ruRoster = new Roster(RU, Fixtures.prisoners(RU, 1, 5), Fixtures.prisoners(RU, 90, 91));
        List<Slot> slots = List.of(new Slot(Slots.FIRST_DAY, "КПП «Сумы»", Capacity.people(3, 1)),
                new Slot(Slots.FIRST_DAY.plusDays(1), "КПП «Сумы»", Capacity.people(5, 0)));
        Plan plan = Planner.plan(FIVE, uaRoster, ruRoster, slots);
        return Planner.replan(FIVE, plan, uaRoster, ruRoster, 1, List.of(new DropOut(Fixtures.prisoner(RU, 2, Health.FIT),
                1, DropOut.Reason.NOT_FOUND)));
    }

    @Test
    void aPlanWithEveryKindOfLineReadsBackEqual() {
        Plan p = plan();
        assertThat(p.unplaced()).isNotEmpty();
        assertThat(p.dropOuts()).isNotEmpty();
        assertThat(PlanText.parse(PlanText.render(p))).isEqualTo(p);
    }

    @Test
    void fieldsAreTabSeparatedWithTabsInsideEscaped() {
        String text = new String(PlanText.render(plan()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("repatria-plan v1\nagreement\tist-2025-pow\ntranche\t1\t2025-06-09\tКПП «Сумы»\t3\t1\t0\t0\n")
                .contains("\tШевченко\\tІван \\\\ «Кобзар»\n");
    }

    @Test
    void anUnknownRecordIsRefusedNamingTheLine() {
        byte[] bad = (new String(PlanText.render(plan()), StandardCharsets.UTF_8) + "note\thi\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlanText.parse(bad)).isInstanceOf(PlanningException.class)
                .hasMessageEndingWith("of the plan text: unknown record \"note\"; expected agreement, tranche, why, place,"
                        + " unplaced or dropout");
    }

    @Test
    void aShortPlacementLineIsRefusedNamingTheLine() {
        String text = new String(PlanText.render(plan()), StandardCharsets.UTF_8);
        String broken = text.replaceFirst("\nplace\tregular\t[^\n]*\n", "\nplace\tregular\tx\n");
        assertThatThrownBy(() -> PlanText.parse(broken.getBytes(StandardCharsets.UTF_8)))
                .hasMessageMatching("line \\d+ of the plan text: a place line has 11 tab-separated fields, this one 3");
    }

    @Test
    void aTextThatIsNotAPlanIsRefused() {
        assertThatThrownBy(() -> PlanText.parse("hello\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("a plan text starts with the line \"repatria-plan v1\" and ends with a newline");
    }
}
