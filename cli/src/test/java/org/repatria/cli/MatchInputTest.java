package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.lists.ImportOptions;
import org.repatria.match.PersonRecord;

class MatchInputTest {
    @TempDir
    Path dir;

    private MatchInput read(String csv) throws IOException {
        Path file = dir.resolve("list.csv");
        Files.writeString(file, csv);
        return MatchInput.read(file, ImportOptions.on(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aRowBecomesTheMatchersRecordWithItsFamilyAddress() throws IOException {
        MatchInput in = read("id,surname,given_name,sex,birth_date,address\nC1,Мельник,Іван,Ч,2015-03-12,\"вул. Шевченка, 12, Київ\"\n");

        assertThat(in.linkable()).as(in.lines().toString()).isTrue();
        assertThat(in.people()).containsExactly(
                new PersonRecord("C1", "Мельник", "Іван", "", "M", "2015-03-12", "", "", "", "вул. Шевченка, 12, Київ"));
    }

    @Test
    void aBirthMonthIsKeptAsItsYear() throws IOException {
        MatchInput in = read("id,surname,given_name,birth_date\nP1,Мельник,Іван,03.1990\n");

        assertThat(in.people().getFirst().birthDate()).isEqualTo("1990");
    }

    @Test
    void aRowWithAnImpossibleDateGivesItsYearAndItsErrorLine() throws IOException {
        MatchInput in = read("id,surname,birth_date\nP1,Мельник,1990-02-30\n");

        assertThat(in.linkable()).isTrue();
        assertThat(in.errors()).isEqualTo(1);
        assertThat(in.people()).extracting(PersonRecord::birthDate).containsExactly("1990");
        assertThat(in.lines()).singleElement().asString().endsWith("list.csv,2,birth_date,“1990-02-30” is not a possible date");
    }

    @Test
    void aListWithoutAnIdColumnGivesNoPeopleAndItsErrorLine() throws IOException {
        MatchInput in = read("surname,birth_date\nМельник,1990\n");

        assertThat(in.linkable()).isFalse();
        assertThat(in.people()).isEmpty();
        assertThat(in.lines()).anyMatch(l -> l.endsWith("list.csv,1,id,the list has no id column"));
    }
}
