package org.repatria.server.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Permission;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;

/**
 * Who is refused the CTA export, and what a refusal says: the mediator, an observer and an identification unit by rule;
 * a party asking for the other party's list; children's rows without the children permission; a parameter not
 * understood; a selection beyond the row limit. Children are never in an export nobody asked them for.
 */
class CtaExportRefusalsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static ListId aChildren;
    private static ListId bChildren;

    @BeforeAll
    static void bothPartiesHoldChildrenAndOnlyBsDeskWorksTheirCases() {
        aChildren = children(Fixture.A, "Діти, утримувані");
        bChildren = children(Fixture.B, "Дети, содержащиеся");
        running.world().store.permissions().grant(B_DESK.username(), Permission.CHILDREN);
    }

    private static ListId children(PartyId author, String title) {
        ListId id = new ListId(UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)));
        List<Person> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(new Person("c" + i, new PersonName("Дитина" + i, "Ім'я", ""), new PersonName("", "", ""), Sex.FEMALE,
                    PartialDate.parseIso("2015"), "", "", "", "", Category.CHILD));
        }
        running.world().store.lists().add(new PersonList(new ListHeader(id, author, ListPurpose.HOLDING, Category.CHILD,
                title, Instant.parse("2025-06-02T10:00:00Z"), rows.size()), rows));
        return id;
    }

    private static HttpResponse<String> get(Fixture.Who who, String query) {
        Client c = running.api(who);
        return c.get(CtaApi.EXPORT + query);
    }

    @Test
    void theMediatorIsRefused() {
        assertThat(get(MEDIATOR_DESK, "").statusCode()).isEqualTo(403);
    }

    @Test
    void anObserverAndAnIdentificationUnitAreRefused() {
        assertThat(get(OBSERVER_DESK, "").statusCode()).isEqualTo(403);
        assertThat(get(A_IDENTIFICATION, "").statusCode()).isEqualTo(403);
    }

    @Test
    void aPartyIsRefusedTheOtherPartysListItReads() {
        HttpResponse<String> r = get(B_DESK, "?list=" + running.world().aRemains); // relayed to B: B reads it
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("forbidden").contains("own persons");
    }

    @Test
    void aPartyAskingForTheOtherPartysHiddenListFindsNothing() {
        assertThat(get(B_DESK, "?list=" + running.world().aPrisoners).statusCode()).isEqualTo(404);
    }

    @Test
    void childrenWithoutTheChildrenPermissionAreRefused() {
        HttpResponse<String> byCategory = get(A_DESK, "?category=CHILD");
        assertThat(byCategory.statusCode()).isEqualTo(403);
        assertThat(byCategory.body()).contains(ChildRecords.CHILDREN_ONLY);
        assertThat(get(A_DESK, "?list=" + aChildren).statusCode()).isEqualTo(403);
    }

    @Test
    void childrenAreLeftOutUnlessAskedFor() {
        assertThat(CtaCsv.rows(get(A_DESK, "").body())).hasSize(10 + 12)
                .noneSatisfy(r -> assertThat(r.get("category")).isEqualTo("CHILD"));
        assertThat(CtaCsv.rows(get(B_DESK, "").body())).hasSize(20);
    }

    @Test
    void aDeskWithTheChildrenPermissionExportsItsChildrenWhenItAsks() {
        HttpResponse<String> r = get(B_DESK, "?category=CHILD");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(CtaCsv.rows(r.body())).hasSize(3).allSatisfy(row -> {
            assertThat(row).containsEntry("category", "CHILD").containsEntry("list_id", bChildren.toString());
        });
    }

    @Test
    void aCategoryNotUnderstoodIsRefusedNamingTheField() {
        HttpResponse<String> r = get(A_DESK, "?category=SOLDIERS");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("category").contains("SOLDIERS");
        assertThat(get(A_DESK, "?list=not-a-uuid").statusCode()).isEqualTo(400);
    }

    @Test
    void aSelectionBeyondTheRowLimitIsRefusedNamingTheLimit() {
        var store = running.world().store;
        CtaScope scope = new CtaScope(store, new ChildRecords(store, Clock.systemUTC()), new Handovers(store));
        assertThatThrownBy(() -> scope.select(A_DESK.account(), Optional.empty(), Optional.empty(), 21))
                .isInstanceOfSatisfying(HttpProblem.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("too_many_rows");
                    assertThat(e.getMessage()).contains("22 rows").contains("21 rows");
                });
    }
}
