package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.store.Store;

/** Which accounts of a database still have the demo's printed, public passwords. */
class DemoPasswordsTest {
    @TempDir
    Path dir;

    @Test
    void anAccountKeepingItsDemoPasswordIsNamedAndOneWithANewPasswordIsNot() {
        DemoAccount desk = account("ua.desk");
        DemoAccount unit = account("ua.dna");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(new PartyId("ua"), "UA", PartyKind.BELLIGERENT));
            Seeding.addAccount(store, desk.account(), desk.password().toCharArray());
            Seeding.addAccount(store, unit.account(), "a password of their own".toCharArray());

            assertThat(DemoScenario.withPublicPasswords(store)).containsExactly("ua.desk");
        }
    }

    @Test
    void aDatabaseWithoutDemoAccountsHasNone() {
        try (Store store = Store.embedded(dir)) {
            assertThat(DemoScenario.withPublicPasswords(store)).isEmpty();
        }
    }

    private static DemoAccount account(String username) {
        return Scenario.accounts(DemoScenario.SEED).stream().filter(a -> a.account().username().equals(username))
                .findFirst().orElseThrow();
    }
}
