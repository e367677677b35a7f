package org.repatria.server.reunification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.reunification.ChildReturn.get;
import static org.repatria.server.reunification.ChildReturn.post;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.store.child.ReadQuery;
import org.repatria.store.child.RecordPart;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal of a child's return names what is wrong and changes nothing: guardian checks, reunifications and the
 * log stay as they were. Row 1 of ru's list is reunified (with the server-held key of the mediator), row 2 has its
 * guardian checked, row 3 was handed over with no guardian checked, row 4 was absent at the crossing, row 5 on no manifest.
 */
class ReunificationRefusalsTest {
    @RegisterExtension
    static RunningServer running = new RunningServer(10);
    private static ChildReturn r;

    @BeforeAll
    static void reunifyRowOne() {
        r = ChildReturn.actSigned(running, "children-refused");
        post(r.mediator, "/api/v1/parties/tr/server-held-key", "{}", 201);
        post(r.ua, r.base + "/tranches/1/guardian-checks", r.guardianCheck("1"), 201);
        post(r.mediator, r.base + "/tranches/1/reunifications/server-held-signature",
                r.reunification("1", r.request.toString(), "1"), 201);
        post(r.ua, r.base + "/tranches/1/guardian-checks", r.guardianCheck("2"), 201);
    }

    @Test
    void aSecondReunificationOfTheSameChildIsRefused() {
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature", r.reunification("1", r.request.toString(), "1"), 409);
        assertThat(refusal.get("error").asString()).isEqualTo("already_reunified");
        assertThat(refusal.get("message").asString()).contains(r.held + "/1");
    }

    @Test
    void anotherRequestRowForAChildReunifiedAlreadyIsRefused() {
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature", r.reunification("1", r.request.toString(), "4"), 409);
        assertThat(refusal.get("error").asString()).isEqualTo("already_reunified");
    }

    @Test
    void aReunificationWithoutACheckedGuardianIsRefused() {
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature", r.reunification("3", r.request.toString(), "3"), 409);
        assertThat(refusal.get("error").asString()).isEqualTo("guardian_not_checked");
        assertThat(refusal.get("message").asString()).contains("no guardian was checked for child " + r.held + "/3");
    }

    @Test
    void aGuardianCheckForAChildNotHandedOverIsRefused() {
        JsonNode refusal = refused(r.ua, "/guardian-checks", r.guardianCheck("4"), 409);
        assertThat(refusal.get("error").asString()).isEqualTo("not_handed_over");
        assertThat(refusal.get("message").asString()).contains("was not handed over in tranche 1");
    }

    @Test
    void aGuardianCheckForAChildOnNoManifestIsRefused() {
        JsonNode refusal = refused(r.ua, "/guardian-checks", r.guardianCheck("5"), 409);
        assertThat(refusal.get("message").asString()).contains("is not on the manifest of tranche 1");
    }

    @Test
    void aReunificationNamingARowOfAnotherListIsRefused() {
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature",
                r.reunification("2", running.world().aPrisoners.toString(), "2"), 422);
        assertThat(refusal.get("error").asString()).isEqualTo("wrong_request_row");
        assertThat(refusal.get("message").asString()).contains("is not a children's request list of ua");
    }

    @Test
    void aReunificationNamingNoListIsRefused() {
        String none = UUID.nameUUIDFromBytes(new byte[] {1}).toString();
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature", r.reunification("2", none, "2"), 422);
        assertThat(refusal.get("message").asString()).contains("there is no list " + none);
    }

    @Test
    void aReunificationNamingARowTheRequestListLacksIsRefused() {
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature", r.reunification("2", r.request.toString(), "99"), 422);
        assertThat(refusal.get("message").asString()).contains("has no row '99'");
    }

    @Test
    void aReunificationWithoutARequestListIsRefused() {
        JsonNode refusal = refused(r.mediator, "/reunifications/server-held-signature", r.reunification("2", "", "2"), 400);
        assertThat(refusal.get("message").asString()).startsWith("request_list: is required");
    }

    @Test
    void theHandingSideMayNotCheckTheGuardian() {
        // Even a child worker of the handing side: the receiving side checks whom it hands its child to.
        running.world().store.permissions().grant(Fixture.Who.B_DESK.username(), Permission.CHILDREN);
        JsonNode refusal = refused(r.ru, "/guardian-checks", r.guardianCheck("3"), 403);
        assertThat(refusal.get("message").asString()).contains("only the receiving side (ua) or the mediator's delegate");
    }

    @Test
    void aPartyAccountThatDoesNotWorkChildrensCasesMayNotCheckTheGuardian() {
        Seeding.addAccount(running.world().store, new Account("a-clerk", "ua clerk", Fixture.A, Role.PARTY_DESK),
                Fixture.PASSWORD.toCharArray());
        JsonNode refusal = refused(Callers.api(running.port(), "a-clerk"), "/guardian-checks", r.guardianCheck("3"), 403);
        assertThat(refusal.get("error").asString()).isEqualTo("children_only");
    }

    @Test
    void aPartyAccountThatDoesNotWorkChildrensCasesReadsNoGuardianChecks() {
        Seeding.addAccount(running.world().store, new Account("a-reader", "ua reader", Fixture.A, Role.PARTY_DESK),
                Fixture.PASSWORD.toCharArray());
        assertThat(Callers.api(running.port(), "a-reader").get(r.base + "/guardian-checks").statusCode()).isEqualTo(403);
    }

    @Test
    void aReadOfTheGuardianChecksIsRecordedOncePerChildShown() {
        long before = reads();
        get(r.ua, r.base + "/guardian-checks");
        assertThat(reads()).isEqualTo(before + 2);
    }

    @Test
    void aReadOfAChildrensAgreementsNominationsIsRecordedOncePerChildrensList() {
        long before = exchangeReads();
        get(r.ua, r.base + "/nominations");
        assertThat(exchangeReads()).isEqualTo(before + 1);
    }

    private static long exchangeReads() {
        return running.world().store.childReads().count(new ReadQuery(Optional.empty(), Optional.of("a-desk"),
                Optional.of(r.held), Optional.of(RecordPart.EXCHANGE), 0, 1));
    }

    private static long reads() {
        return running.world().store.childReads().count(new ReadQuery(Optional.empty(), Optional.of("a-desk"),
                Optional.of(r.held), Optional.of(RecordPart.CASE), 0, 1));
    }

    @Test
    void aSideMayNotSignAReunification() {
        refused(r.ua, "/reunifications/server-held-signature", r.reunification("2", r.request.toString(), "2"), 403);
    }

    @Test
    void aGuardianCheckWithoutTheStandingsProofIsRefused() {
        String body = r.guardianCheck("3").replace("\"standing_document\":\"birth certificate I-ЖТ 123456\"",
                "\"standing_document\":\"\"");
        JsonNode refusal = refused(r.mediator, "/guardian-checks", body, 400);
        assertThat(refusal.get("message").asString()).startsWith("guardian.standing_document");
    }

    /** Sends the refused step and checks the refusal changed nothing: the same checks, reunifications and log size. */
    private static JsonNode refused(Client who, String path, String body, int status) {
        JsonNode checks = get(r.mediator, r.base + "/guardian-checks");
        JsonNode reunions = get(r.mediator, r.base + "/reunifications");
        long log = r.logSize();
        HttpResponse<String> reply = who.postJson(r.base + "/tranches/1" + path, body);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(get(r.mediator, r.base + "/guardian-checks")).isEqualTo(checks);
        assertThat(get(r.mediator, r.base + "/reunifications")).isEqualTo(reunions);
        assertThat(r.logSize()).isEqualTo(log);
        return Client.json(reply);
    }
}
