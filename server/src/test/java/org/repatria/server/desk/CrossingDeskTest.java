package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;

/**
 * The crossing as it happens: once ua recorded tranche 1 (one handed over, one refused, one absent) the checklist shows
 * the record as recorded, offers ua no second recording, and the tranche that broke parity is flagged on both desks.
 */
class CrossingDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static TwoTranches x;

    @BeforeAll
    static void uaRecordedTrancheOne() {
        x = TwoTranches.recordedByUa(running, "crossing-desk");
    }

    @Test
    void theRecordedHandoverShowsWhoWasHandedOverRefusedAndAbsent() {
        String page = x.ua.get(x.tranche(1) + "?lang=en").body();
        assertThat(outcomes(page)).containsExactly("HANDED_OVER", "REFUSED", "ABSENT", "NOT_RECORDED", "NOT_RECORDED",
                "NOT_RECORDED");
        assertThat(page).contains("1 of 3 handed over");
    }

    @Test
    void theSideThatRecordedIsOfferedNoSecondRecording() {
        assertThat(x.ua.get(x.tranche(1)).body()).doesNotContain("id=\"checklist\"");
    }

    @Test
    void theSideThatHasNotRecordedIsStillOfferedItsChecklist() {
        assertThat(x.ru.get(x.tranche(1)).body()).contains("id=\"checklist\"");
    }

    @Test
    void aTrancheThatBrokeParityIsFlaggedOnBothSidesAgreementPages() {
        for (Negotiator side : List.of(x.ua, x.ru)) {
            String page = side.get(x.agreementPage() + "?lang=en").body();
            assertThat(page).contains("id=\"parity-1\"").contains("Tranche 1 broke parity").contains("handed over 1 of 3");
        }
    }

    @Test
    void theFlagOnTheTranchePageSaysWhatTheReplanCallsFor() {
        String page = x.ru.get(x.tranche(1) + "?lang=en").body();
        assertThat(page).contains("id=\"parity-1\"").contains("It calls for a replan");
    }

    @Test
    void aTrancheKeepingParityIsNotFlagged() {
        assertThat(x.ua.get(x.tranche(2)).body()).doesNotContain("id=\"parity-2\"");
        assertThat(x.ua.get(x.agreementPage()).body()).doesNotContain("id=\"parity-2\"");
    }

    @Test
    void theUkrainianDeskNamesTheOutcomesInUkrainian() {
        String page = x.ua.get(x.tranche(1) + "?lang=uk").body();
        assertThat(page).contains("Відмова від репатріації після бесіди наодинці").contains("У списку, але відсутній")
                .contains("передано 1 з 3").doesNotContain(">IN_TRANCHE<").doesNotContain(">HANDED_OVER<");
    }

    /** The outcome of each line of the crossing section, in page order. */
    static List<String> outcomes(String page) {
        Matcher m = Pattern.compile("class=\"outcome\" data-outcome=\"([A-Z_]+)\"").matcher(page);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
