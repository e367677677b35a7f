package org.repatria.server.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.AccountAction;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import org.repatria.server.access.ChildWorkers;
import org.repatria.store.account.AccountChange;

/** A grant and a revocation are recorded at the server's clock, not the machine's (0182's record of account changes). */
class PermissionGrantTimesTest {
    static final TestClock clock = new TestClock(Fixture.T0);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(clock));

    @Test
    void aGrantAndARevocationAreRecordedAtTheServersClock() {
        ChildWorkers.add(running);
        clock.advance(Duration.ofDays(3));
        HttpResponse<String> granted = ChildWorkers.api(running, ChildWorkers.RU_SUPERVISOR)
                .postJson("/api/v1/accounts/b-desk/permissions", "{\"permission\":\"children\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        clock.advance(Duration.ofHours(5));
        ChildWorkers.api(running, ChildWorkers.RU_SUPERVISOR).delete("/api/v1/accounts/b-desk/permissions?permission=children");

        assertThat(running.world().store.accountChanges().of("b-desk", 10)).extracting(AccountChange::action, AccountChange::at)
                .containsExactly(
                        tuple(AccountAction.CHILDREN_REVOKED, Fixture.T0.plus(Duration.ofDays(3).plusHours(5))),
                        tuple(AccountAction.CHILDREN_GRANTED, Fixture.T0.plus(Duration.ofDays(3))));
    }
}
