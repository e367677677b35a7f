package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/** The mediator shows an agreement to an observer from the agreement page; the observer then reads it on its desk. */
class GrantDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private final Negotiator mediator = new Negotiator(running, MEDIATOR_DESK);

    @BeforeAll
    static void keys() {
        TwoTranches.keys(running);
    }

    @Test
    void theMediatorShowsTheAgreementToAnObserverWhoThenSeesIt() {
        Negotiator.accepted(running, "grant-desk");
        String page = "/desk/agreements/grant-desk";
        assertThat(running.desk(OBSERVER_DESK).get(page).statusCode()).isEqualTo(404);
        assertThat(mediator.get(page).body()).contains("id=\"grant-form\"").contains("value=\"icrc\"");

        HttpResponse<String> r = mediator.post(page + "/grants", Map.of("observer", List.of("icrc")));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(running.desk(OBSERVER_DESK).get(page).statusCode()).isEqualTo(200);
        assertThat(mediator.get(page + "?lang=en").body()).contains("Shown to: ICRC").doesNotContain("id=\"grant-form\"");
    }

    @Test
    void aPartyThatIsNoObserverIsRefusedInPlaceNamingTheFieldAndNothingIsGranted() {
        Negotiator.accepted(running, "grant-refused");
        HttpResponse<String> r = mediator.post("/desk/agreements/grant-refused/grants", Map.of("observer", List.of("ru")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"refusal\"").contains("data-field=\"observer\"").contains("id=\"grant-form\"");
        assertThat(running.world().store.exchanges().grants("grant-refused")).isEmpty();
    }

    @Test
    void aSideIsNotOfferedTheObserversForm() {
        Negotiator.accepted(running, "grant-side");
        assertThat(new Negotiator(running, Fixture.Who.A_DESK).get("/desk/agreements/grant-side").body())
                .doesNotContain("id=\"grant-form\"");
    }
}
