package org.repatria.store.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** What the observer's view of the log reads: every registered key, and each witness's latest cosignature. */
class LogSignersTest extends OnEveryEngine {
    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void eachWitnessGivesOnlyItsCosignatureOfTheLargestCheckpoint() {
        LogSigners signers = store().signers();
        signers.addCosignature(3, "icrc-witness", bytes("icrc at 3"));
        signers.addCosignature(7, "icrc-witness", bytes("icrc at 7"));
        signers.addCosignature(5, "icrc-witness", bytes("icrc at 5"));
        signers.addCosignature(4, "un-witness", bytes("un at 4"));

        assertThat(signers.latestCosignatures()).extracting(c -> c.witness() + " " + c.size() + " "
                + new String(c.note(), StandardCharsets.UTF_8)).containsExactly("icrc-witness 7 icrc at 7", "un-witness 4 un at 4");
    }

    @Test
    void noCosignatureYetGivesNoWitnessLine() {
        assertThat(store().signers().latestCosignatures()).isEmpty();
    }

    @Test
    void everyPartysKeysAreListedByPartyThenKey() {
        LogSigners signers = store().signers();
        signers.addPartyKey(People.UA, "ua-mod+02+AQID");
        signers.addPartyKey(People.ICRC, "icrc-witness+01+BAUG");
        signers.addPartyKey(People.UA, "ua-mod+01+AQID");

        assertThat(signers.allPartyKeys()).extracting(k -> k.party().value() + " " + k.vkey())
                .containsExactly("icrc icrc-witness+01+BAUG", "ua ua-mod+01+AQID", "ua ua-mod+02+AQID");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
