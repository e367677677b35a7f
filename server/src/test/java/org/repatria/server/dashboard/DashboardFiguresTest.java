package org.repatria.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

class DashboardFiguresTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    private static int awaitingRelay() {
        return Client.json(running.api(Who.MEDIATOR_DESK).get("/api/v1/stats")).get("awaiting_relay").asInt();
    }

    @Test
    void theRelayQueueHoldsOnlySignedListsNotYetRelayed() {
        // The fixture's two unrelayed lists are unsigned: the mediator could not relay them (decision 0066).
        assertThat(awaitingRelay()).isZero();
        Documents.signWithServerHeldKey(running, Who.B_DESK, Fixture.B, running.world().bPrisoners.toString());
        assertThat(awaitingRelay()).isEqualTo(1);
    }
}
