package org.repatria.server.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.death.DeathFixture;
import org.repatria.server.exchange.FiveForFive;
import org.repatria.store.exchange.StoredAct;
import tools.jackson.databind.JsonNode;

/**
 * The export once the act of ua's tranche is signed (the persons received, the act's date and log entry), and a death
 * record of remains ua's unit identified (V3), tied to ua's remains row V3; a remains row without a record keeps the
 * death particulars its list gives.
 */
class CtaExportActsAndDeathsTest {
    private static final String ACT = "/api/v1/agreements/" + FiveForFive.ID + "/tranches/1/act";
    @RegisterExtension
    static final RunningServer running = new RunningServer(8);
    private static ListId bags;
    private static String record;

    @BeforeAll
    static void theActIsSignedAndARecordOfV3Relayed() {
        FiveForFive x = FiveForFive.handedOverByUa(running);
        JsonNode act = running.api(MEDIATOR_DESK).getJson(ACT);
        byte[] text = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = x.ua().submit(ACT + "/signatures", DocumentType.HANDOVER_ACT, Fixture.B, text,
                Optional.of(act.get("anchor").asString()));
        x.ru().submit(ACT + "/signatures", DocumentType.HANDOVER_ACT, Fixture.A, text,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        record = DeathFixture.relayed(running);
        bags = new ListId(UUID.nameUUIDFromBytes("ua bags".getBytes(StandardCharsets.UTF_8)));
        Details known = new Details(Map.of(DetailField.DEATH_DATE, new DetailValue.Date(PartialDate.parseIso("2025-04")),
                DetailField.DEATH_PLACE, new DetailValue.Text("Vovchansk")));
        running.world().store.lists().add(new PersonList(new ListHeader(bags, Fixture.A, ListPurpose.HOLDING,
                Category.REMAINS, "Мішки V", Instant.parse("2025-06-02T11:00:00Z"), 2), List.of(
                new Person("V3", new PersonName("Невідомий", "", ""), new PersonName("", "", ""), Sex.MALE,
                        PartialDate.unknown(), "", "", "", "", Category.REMAINS),
                new Person("V4", new PersonName("Невідомий", "", ""), new PersonName("", "", ""), Sex.UNKNOWN,
                        PartialDate.unknown(), "", "", "", "", Category.REMAINS, known))));
    }

    private static Map<String, String> row(String list, String rowId) {
        return CtaCsv.rows(running.api(A_DESK).get(CtaApi.EXPORT).body()).stream()
                .filter(r -> r.get("list_id").equals(list) && r.get("row_id").equals(rowId)).findFirst().orElseThrow();
    }

    @Test
    void aPersonReceivedUnderASignedActShowsTheActsDateAndEntry() {
        StoredAct act = running.world().store.exchanges().acts(FiveForFive.ID).getFirst();
        assertThat(row(running.world().aPrisoners.toString(), "3")).containsEntry("exchange_state", "RECEIVED")
                .containsEntry("repatriation_tranche", "1").containsEntry("act_entry", act.envelopeId())
                .containsEntry("act_date", act.at().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }

    @Test
    void remainsTheUnitIdentifiedShowTheirDeathRecord() {
        assertThat(row(bags.toString(), "V3")).containsEntry("death_date", "2025-05-14")
                .containsEntry("death_place", "Kupiansk").containsEntry("death_cause", "").containsEntry("death_record", record);
    }

    @Test
    void remainsWithoutARecordKeepTheDeathParticularsTheirListGives() {
        assertThat(row(bags.toString(), "V4")).containsEntry("death_date", "2025-04")
                .containsEntry("death_place", "Vovchansk").containsEntry("death_record", "").containsEntry("sex", "");
    }
}
