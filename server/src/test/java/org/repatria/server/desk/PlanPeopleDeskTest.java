package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;

/** Plans that name people: each tranche lists who crosses both ways with their state; the hand edit shows no list ids. */
class PlanPeopleDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static TwoTranches x;

    @BeforeAll
    static void planInForce() {
        TwoTranches.keys(running);
        x = TwoTranches.inForce(running, "plan-people");
    }

    @Test
    void eachTrancheListsWhoCrossesInBothDirectionsWithTheirState() {
        String page = x.ua.get(x.plans() + "?lang=en").body();
        String first = page.substring(page.indexOf("id=\"crossers-1-1\""), page.indexOf("id=\"crossers-1-2\""));
        assertThat(count(first, "class=\"crosser\"")).isEqualTo(6);
        assertThat(first).contains("Україна → Россия").contains("Россия → Україна").contains("Коваленко Олександр")
                .contains("MI-100000").contains("in a tranche");
        String second = page.substring(page.indexOf("id=\"crossers-1-2\""));
        assertThat(count(second.substring(0, second.indexOf("</details>")), "class=\"crosser\"")).isEqualTo(4);
    }

    @Test
    void thePeopleAreListedInTheReadersLanguage() {
        assertThat(x.ru.get(x.plans() + "?lang=ru").body()).contains("Кто переходит").contains("в очереди обмена")
                .contains("на общих основаниях");
    }

    @Test
    void theHandEditShowsEachPersonsListTitleAndRowAndNoListIdAsText() {
        String page = x.ua.get(x.plans() + "/1/edit?lang=en").body();
        String list = running.world().aPrisoners.toString();
        assertThat(page).contains("Військовополонені, травень, row 1").contains("data-list=\"" + list + "\"");
        assertThat(page.replaceAll("<[^>]*>", "")).doesNotContain(list);
        assertThat(page).contains("class=\"scroll\"");
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
