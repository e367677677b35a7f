package org.repatria.server.access;

import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;

/**
 * The outsider of the need-to-know tests: a third belligerent party (C) with a desk and an identification unit, and an
 * identification unit of party B, added to a running server's world. C is a side of nothing and was relayed nothing.
 */
final class ThirdParty {
    static final PartyId C = new PartyId("cc");
    static final String C_DESK = "c-desk";
    static final String C_UNIT = "c-identification";
    static final String B_UNIT = "b-unit";

    private ThirdParty() {
    }

    /** Adds party C and the accounts above to {@code running}'s store, once. */
    static synchronized void join(RunningServer running) {
        var store = running.world().store;
        if (store.parties().find(C).isPresent()) {
            return;
        }
        store.parties().add(new Party(C, "Third party", PartyKind.BELLIGERENT));
        account(running, C_DESK, C, Role.PARTY_DESK);
        account(running, C_UNIT, C, Role.IDENTIFICATION);
        account(running, B_UNIT, Fixture.B, Role.IDENTIFICATION);
    }

    /** A bearer client of {@code username}. */
    static Client api(RunningServer running, String username) {
        return Callers.api(running.port(), username);
    }

    /** A desk session of {@code username}, with its CSRF token. */
    static Client desk(RunningServer running, String username) {
        return Callers.desk(running.port(), username);
    }

    private static void account(RunningServer running, String username, PartyId party, Role role) {
        Seeding.addAccount(running.world().store, new Account(username, username, party, role), Fixture.PASSWORD.toCharArray());
    }
}
