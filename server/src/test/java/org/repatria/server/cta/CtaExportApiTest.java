package org.repatria.server.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.person.Person;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.FiveForFive;
import org.repatria.store.exchange.HandoverCheck;
import org.repatria.store.reads.ReadFilter;
import org.repatria.store.reads.RecordedRead;

/**
 * The CTA export over the API on the fixture's world, with ua's side of agreement five-for-five handed over: the columns
 * in the dictionary's order, a row checked against the stored person, an exchanged person's tranche and date, unknown
 * particulars left empty, only the party's own persons, and the export recorded.
 */
class CtaExportApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void uaHandedOverFive() {
        FiveForFive.handedOverByUa(running);
    }

    private static String export(String query) {
        HttpResponse<String> r = running.api(A_DESK).get(CtaApi.EXPORT + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return r.body();
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String list, String rowId) {
        return rows.stream().filter(r -> r.get("list_id").equals(list) && r.get("row_id").equals(rowId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + list + "/" + rowId));
    }

    @Test
    void theHeaderIsTheDictionarysColumnsInOrder() {
        List<String> header = CtaCsv.records(export("")).getFirst();
        HttpResponse<String> dictionary = running.api(B_DESK).get(CtaApi.DICTIONARY);
        List<List<String>> entries = CtaCsv.records(dictionary.body());
        assertThat(entries.getFirst()).containsExactly("column", "meaning", "article", "format", "source");
        assertThat(entries.subList(1, entries.size()).stream().map(List::getFirst).toList()).isEqualTo(header);
        assertThat(entries.subList(1, entries.size())).allSatisfy(e -> assertThat(e).hasSize(5).doesNotContain(""));
        assertThat(header).isEqualTo(Arrays.stream(CtaColumn.values()).map(CtaColumn::header).toList());
    }

    @Test
    void aHeldPrisonersRowCarriesTheParticularsOfTheStoredPerson() {
        Person stored = running.world().store.lists().persons(running.world().aPrisoners).get(6);
        Map<String, String> row = row(CtaCsv.rows(export("")), running.world().aPrisoners.toString(), stored.rowId());
        assertThat(row).containsEntry("detaining_power", "Україна").containsEntry("category", "POW")
                .containsEntry("surname", stored.name().surname()).containsEntry("first_names", stored.name().givenName())
                .containsEntry("rank", stored.rank()).containsEntry("unit", stored.unit())
                .containsEntry("service_number", stored.militaryId()).containsEntry("birth_date", stored.birthDate().iso())
                .containsEntry("sex", "M").containsEntry("surname", "Олійник").containsEntry("service_number", "MI-100006")
                .containsEntry("birth_date", "1976");
    }

    @Test
    void anExchangedPersonShowsTheAgreementTrancheAndDateHandedOver() {
        HandoverCheck check = running.world().store.exchanges().checks(FiveForFive.ID, 1).stream()
                .filter(c -> c.person().filter(p -> p.rowId().equals("1")).isPresent()).findFirst().orElseThrow();
        Map<String, String> row = row(CtaCsv.rows(export("")), running.world().aPrisoners.toString(), "1");
        assertThat(row).containsEntry("agreement", FiveForFive.ID).containsEntry("exchange_state", "HANDED_OVER")
                .containsEntry("repatriation_tranche", "1").containsEntry("nominated_health", "fit")
                .containsEntry("repatriation_date", check.at().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }

    @Test
    void aParticularNotKnownIsLeftEmpty() {
        Map<String, String> held = row(CtaCsv.rows(export("")), running.world().aPrisoners.toString(), "20");
        assertThat(held).containsEntry("patronymic", "").containsEntry("father_first_name", "")
                .containsEntry("mother_maiden_name", "").containsEntry("capture_date", "").containsEntry("capture_place", "")
                .containsEntry("health", "").containsEntry("internment_place", "").containsEntry("agreement", "")
                .containsEntry("repatriation_tranche", "").containsEntry("repatriation_date", "")
                .containsEntry("death_date", "").containsEntry("death_record", "");
        Map<String, String> crossed = row(CtaCsv.rows(export("")), running.world().aPrisoners.toString(), "2");
        assertThat(crossed).as("the act is not signed yet").containsEntry("act_date", "").containsEntry("act_entry", "");
    }

    @Test
    void aPartyExportsItsOwnPersonsOnly() {
        List<Map<String, String>> rows = CtaCsv.rows(export(""));
        assertThat(rows).hasSize(30 + 12);
        assertThat(rows).extracting(r -> r.get("list_id")).containsOnly(running.world().aPrisoners.toString(),
                running.world().aRemains.toString());
        List<Map<String, String>> theirs = CtaCsv.rows(running.api(B_DESK).get(CtaApi.EXPORT).body());
        assertThat(theirs).hasSize(20).extracting(r -> r.get("list_id")).containsOnly(running.world().bPrisoners.toString());
    }

    @Test
    void aCategoryNarrowsTheExport() {
        assertThat(CtaCsv.rows(export("?category=remains"))).hasSize(12)
                .allSatisfy(r -> assertThat(r).containsEntry("category", "REMAINS"));
        assertThat(CtaCsv.rows(export("?list=" + running.world().aPrisoners))).hasSize(30);
    }

    @Test
    void everyExportIsRecordedWithWhoAndHowManyRows() {
        export("?category=POW");
        List<RecordedRead> reads = running.world().store.reads().page(new ReadFilter(Optional.empty(),
                Optional.of(A_DESK.username()), Optional.empty(), Optional.of(CtaApi.EXPORT), Optional.empty(),
                Optional.empty(), 0, 50)).reads();
        assertThat(reads).anySatisfy(r -> {
            assertThat(r.what()).isEqualTo("GET " + CtaApi.EXPORT);
            assertThat(r.party()).isEqualTo("ua");
            assertThat(r.rows()).isEqualTo(30);
            assertThat(r.ids()).containsExactly(running.world().aPrisoners.toString());
        });
    }
}
