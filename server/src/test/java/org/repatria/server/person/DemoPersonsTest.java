package org.repatria.server.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyKind;
import org.repatria.server.DemoScenario;
import org.repatria.store.Store;

/** The demo as {@code repatria demo} seeds it: "Бойко" and "Boiko" find the same persons, across lists (issue 14). */
class DemoPersonsTest {
    @TempDir
    static Path dir;
    static Store store;
    static Persons persons;
    static Account mediator;

    @BeforeAll
    static void seed() {
        store = Store.embedded(dir);
        DemoScenario.seedIfEmpty(store, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        persons = Persons.start(store, Clock.systemUTC());
        assertThat(persons.settle(Duration.ofMinutes(5))).isTrue();
        var party = store.parties().all().stream().filter(p -> p.kind() == PartyKind.MEDIATOR).findFirst().orElseThrow();
        mediator = new Account("demo-mediator", "Demo mediator", party.id(), Role.MEDIATOR);
    }

    @AfterAll
    static void close() {
        persons.close();
        store.close();
    }

    private static List<FoundPerson> boiko(String q) {
        return persons.search(mediator, q, Persons.MAX_LIMIT).stream()
                .filter(p -> p.names().stream().anyMatch(n -> n.startsWith("Бойко") || n.startsWith("Boiko"))).toList();
    }

    @Test
    void boikoInCyrillicAndInLatinFindTheSamePersons() {
        Set<String> cyrillic = boiko("Бойко").stream().map(FoundPerson::id).collect(Collectors.toSet());
        Set<String> latin = boiko("Boiko").stream().map(FoundPerson::id).collect(Collectors.toSet());

        assertThat(cyrillic).isNotEmpty().isEqualTo(latin);
    }

    @Test
    void someBoikoIsOnMoreThanOneList() {
        assertThat(boiko("Boiko")).anySatisfy(p -> assertThat(p.rows().stream().map(r -> r.list().header().id()).distinct())
                .hasSizeGreaterThan(1));
    }
}
