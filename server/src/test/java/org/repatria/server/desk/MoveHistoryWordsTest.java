package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;

/**
 * The crossing's history of moves says the moves the server makes (handed over, received once the act is signed) in the
 * reader's language; what a person typed as a move's reason, and who moved, stay as written.
 */
class MoveHistoryWordsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    static TwoTranches x;

    @BeforeAll
    static void handedOver() {
        TwoTranches.keys(running);
        x = TwoTranches.inForce(running, "move-words");
        assertThat(x.uaRecordsOneRefusedOneAbsent().statusCode()).isEqualTo(200);
    }

    @Test
    void aHandoverMoveReadsInUkrainianAndRussianNotInTheServersEnglish() {
        String uk = x.ua.get(x.tranche(1) + "?lang=uk").body();
        String ru = x.ua.get(x.tranche(1) + "?lang=ru").body();
        assertThat(uk).contains("передано (черга 1)").doesNotContain("handed over in tranche");
        assertThat(ru).contains("передан (очередь 1)").doesNotContain("handed over in tranche");
    }

    @Test
    void whoMovedIsShownVerbatim() {
        assertThat(x.ua.get(x.tranche(1) + "?lang=uk").body()).contains("<span class=\"verbatim\">a-desk</span>");
    }
}
