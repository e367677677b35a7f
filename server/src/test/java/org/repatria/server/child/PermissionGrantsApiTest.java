package org.repatria.server.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;

/** A party's supervisor decides which of its accounts work children's cases; nobody else does. */
class PermissionGrantsApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String children;

    @BeforeAll
    static void supervisorsAndAChildrensList() {
        ChildWorkers.add(running);
        children = ChildWorkers.relayedChildren(running, "Депортовані діти");
    }

    private static HttpResponse<String> grant(String supervisor, String account, String permission) {
        return ChildWorkers.api(running, supervisor).postJson("/api/v1/accounts/" + account + "/permissions",
                "{\"permission\":\"" + permission + "\"}");
    }

    @Test
    void aGrantLetsTheAccountReadTheChildrenAndARevocationStopsIt() {
        Client desk = running.api(Who.B_DESK);
        assertThat(desk.get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(403);

        HttpResponse<String> granted = grant(ChildWorkers.RU_SUPERVISOR, "b-desk", "children");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(Client.json(granted).get("permissions").get(0).asString()).isEqualTo("children");
        assertThat(desk.get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = ChildWorkers.api(running, ChildWorkers.RU_SUPERVISOR)
                .delete("/api/v1/accounts/b-desk/permissions?permission=children");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(desk.get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorDoesNotGrantAnotherPartysAccount() {
        assertThat(grant(ChildWorkers.UA_SUPERVISOR, "b-desk", "children").statusCode()).isEqualTo(404);
    }

    @Test
    void anAccountThatDoesNotSuperviseGrantsNothing() {
        HttpResponse<String> r = grant(ChildWorkers.UA_CHILDREN, "a-desk", "children");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("supervisors_only");
    }

    @Test
    void anIdentificationUnitNeverWorksChildrensCases() {
        HttpResponse<String> r = grant(ChildWorkers.UA_SUPERVISOR, "a-identification", "children");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("permission_role");
    }

    @Test
    void anUnknownPermissionIsABadRequest() {
        assertThat(grant(ChildWorkers.UA_SUPERVISOR, "a-desk", "everything").statusCode()).isEqualTo(400);
    }

    @Test
    void aSupervisorSeesItsPartysAccountsAndAnyOtherAccountItsOwn() {
        HttpResponse<String> all = ChildWorkers.api(running, ChildWorkers.UA_SUPERVISOR).get("/api/v1/accounts/permissions");
        HttpResponse<String> own = running.api(Who.A_DESK).get("/api/v1/accounts/permissions");

        assertThat(all.body()).contains(ChildWorkers.UA_CHILDREN).contains("a-desk").doesNotContain("b-desk");
        assertThat(Client.json(own).size()).isEqualTo(1);
    }
}
