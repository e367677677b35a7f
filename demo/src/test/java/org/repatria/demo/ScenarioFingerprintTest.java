package org.repatria.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Person;

/**
 * Same seed, same bytes, on any machine: the SHA-256 of a canonical text of the scenario for one seed is
 * pinned here. When the name data or the generator change on purpose, print the new value with this test
 * and update it in the same commit; a change without such a commit means generation depends on the machine.
 */
class ScenarioFingerprintTest {
    private static final long SEED = 20250602L;
    private static final String PINNED = "7ac5ee500b105d6a28d1c99f54a2aa4a4512039a14efe261321862d347f8de6e";

    @Test
    void theScenarioForTheReferenceSeedHasThePinnedFingerprint() throws NoSuchAlgorithmException {
        String fingerprint = fingerprint(Scenario.generate(SEED));
        System.out.println("scenario fingerprint for seed " + SEED + ": " + fingerprint);
        assertThat(fingerprint).isEqualTo(PINNED);
    }

    static String fingerprint(Scenario scenario) throws NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder();
        scenario.parties().forEach(p -> text.append(p).append('\n'));
        scenario.accounts().forEach(a -> text.append(a).append('\n'));
        for (PersonList list : scenario.lists()) {
            text.append(list.header()).append('\n');
            for (Person p : list.rows()) {
                text.append(String.join("\t", p.rowId(), p.name().surname(), p.name().givenName(), p.name().patronymic(),
                        p.latin().full(), p.sex().name(),
                        p.birthDate().iso(), p.birthPlace(), p.militaryId(), p.rank(), p.unit(), p.category().name()))
                        .append('\n');
            }
        }
        scenario.truth().forEach(t -> text.append(t).append('\n'));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
