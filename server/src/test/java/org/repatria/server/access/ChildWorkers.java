package org.repatria.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.server.document.Documents;

/**
 * The accounts children's protection tests play beside the fixture's: each side's child-protection worker, each side's
 * and the mediator's supervisor; and a children's request list of A, signed and relayed to B.
 */
public final class ChildWorkers {
    public static final String UA_CHILDREN = "ua-children";
    public static final String RU_CHILDREN = "ru-children";
    public static final String UA_SUPERVISOR = "ua-supervisor";
    public static final String RU_SUPERVISOR = "ru-supervisor";
    public static final String TR_SUPERVISOR = "tr-supervisor";

    private ChildWorkers() {
    }

    /** Adds the accounts with their permissions. */
    public static void add(RunningServer running) {
        add(running, UA_CHILDREN, Fixture.A, Role.PARTY_DESK, Permission.CHILDREN);
        add(running, RU_CHILDREN, Fixture.B, Role.PARTY_DESK, Permission.CHILDREN);
        add(running, UA_SUPERVISOR, Fixture.A, Role.PARTY_DESK, Permission.SUPERVISOR);
        add(running, RU_SUPERVISOR, Fixture.B, Role.PARTY_DESK, Permission.SUPERVISOR);
        add(running, TR_SUPERVISOR, Fixture.MEDIATOR, Role.MEDIATOR, Permission.SUPERVISOR);
    }

    private static void add(RunningServer running, String username, PartyId party, Role role, Permission permission) {
        Seeding.addAccount(running.world().store, new Account(username, username, party, role), Fixture.PASSWORD.toCharArray());
        running.world().store.permissions().grant(username, permission);
    }

    /** A's request list of two children, submitted, signed with A's server-held key and relayed to B; its id. */
    public static String relayedChildren(RunningServer running, String title) {
        String id = NeedToKnowTest.Lists.submit(running.api(A_DESK), title, "child");
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, id);
        HttpResponse<String> relay = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(200);
        return id;
    }

    /** A client with a bearer token for one of these accounts. */
    public static Client api(RunningServer running, String username) {
        return org.repatria.server.Callers.api(running.port(), username);
    }

    /** A client signed in on the desk as one of these accounts. */
    public static Client desk(RunningServer running, String username) {
        return org.repatria.server.Callers.desk(running.port(), username);
    }

    /** How many reads of children's records are recorded for this list. */
    public static int reads(RunningServer running, String listId) {
        return running.world().store.childReads().count(new org.repatria.store.child.ReadQuery(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(org.repatria.core.list.ListId.parse(listId)),
                java.util.Optional.empty(), 0, 1));
    }
}
