package org.repatria.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.store.account.AccountChange;

/**
 * Issue 17, item 5 (docs/decisions/0182) on the desk: a party's supervisor disables, enables and resets its own party's
 * accounts; another party's supervisor and a non-supervisor are refused; a one-time password is replaced at sign-in;
 * an account changes its own password and its other sessions end.
 */
class AccountDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @BeforeAll
    static void supervisors() {
        added("ua.super", Fixture.A);
        added("ru.super", Fixture.B);
        running.world().store.permissions().grant("ua.super", Permission.SUPERVISOR);
        running.world().store.permissions().grant("ru.super", Permission.SUPERVISOR);
    }

    private static String added(String username, PartyId party) {
        Seeding.addAccount(running.world().store, new Account(username, "", party, Role.PARTY_DESK),
                Fixture.PASSWORD.toCharArray());
        return username;
    }

    private static Client desk(String username) {
        return Callers.desk(running.port(), username);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aSupervisorDisablesAnAccountOfItsPartyAndItsSessionEndsAtOnce() {
        Client clerk = desk(added("ua.clerk1", Fixture.A));
        Client supervisor = desk("ua.super");

        HttpResponse<String> r = supervisor.post("/desk/accounts/ua.clerk1/standing", "action=disable", FORM);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(clerk.get("/desk").statusCode()).isEqualTo(303);
        assertThat(supervisor.get("/desk/accounts/ua.clerk1?lang=en").body()).contains("id=\"standing\">disabled<");
        assertThat(running.world().store.accountChanges().of("ua.clerk1", 10)).extracting(AccountChange::action,
                c -> c.actor().name()).containsExactly(org.assertj.core.groups.Tuple.tuple(AccountAction.DISABLED, "ua.super"));
    }

    @Test
    void aSupervisorEnablesADisabledAccountWhichThenSignsInAgain() {
        added("ua.clerk2", Fixture.A);
        Client supervisor = desk("ua.super");
        supervisor.post("/desk/accounts/ua.clerk2/standing", "action=disable", FORM);

        HttpResponse<String> r = supervisor.post("/desk/accounts/ua.clerk2/standing", "action=enable", FORM);

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(desk("ua.clerk2").get("/desk").statusCode()).isEqualTo(200);
    }

    @Test
    void aResetShowsAOneTimePasswordOnceEndsTheSessionsAndTheHolderMustChooseANewOne() {
        Client clerk = desk(added("ua.clerk3", Fixture.A));
        HttpResponse<String> reset = desk("ua.super").post("/desk/accounts/ua.clerk3/password", "", FORM);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(reset.headers().firstValue("Cache-Control")).contains("no-store");
        Matcher m = ONE_TIME.matcher(reset.body());
        assertThat(m.find()).isTrue();
        String oneTime = m.group(1);
        assertThat(clerk.get("/desk").statusCode()).as("the session before the reset").isEqualTo(303);

        Client browser = Callers.desk(running.port(), Fixture.Who.ANONYMOUS);
        HttpResponse<String> signIn = browser.post("/login", "username=ua.clerk3&password=" + enc(oneTime), FORM);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("id=\"password-due-form\"");
        assertThat(running.anonymous().postJson("/api/v1/auth/token", "{\"username\":\"ua.clerk3\",\"password\":\""
                + oneTime + "\"}").body()).contains("password_change_due");

        HttpResponse<String> chosen = browser.post("/login/password", "username=ua.clerk3&current=" + enc(oneTime)
                + "&password=" + enc("a new passphrase") + "&again=" + enc("a new passphrase"), FORM);
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(303);
        assertThat(new Client(running.port()).session(Callers.cookie(chosen), "").get("/desk").statusCode()).isEqualTo(200);
        assertThat(running.world().store.standings().of("ua.clerk3").orElseThrow().active()).isTrue();
    }

    @Test
    void anotherPartysSupervisorFindsNoSuchAccountAndNothingChanges() {
        added("ua.clerk4", Fixture.A);

        HttpResponse<String> r = desk("ru.super").post("/desk/accounts/ua.clerk4/standing", "action=disable", FORM);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(running.world().store.standings().of("ua.clerk4").orElseThrow().disabled()).isFalse();
        assertThat(desk("ru.super").get("/desk/accounts/ua.clerk4").statusCode()).isEqualTo(404);
    }

    @Test
    void anAccountThatDoesNotSuperviseIsRefusedAndNothingChanges() {
        added("ua.clerk5", Fixture.A);
        Client desk = desk(Fixture.Who.A_DESK.username());

        HttpResponse<String> r = desk.post("/desk/accounts/ua.clerk5/password", "", FORM);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("supervisors_only");
        assertThat(desk.get("/desk/accounts").statusCode()).isEqualTo(403);
        assertThat(running.world().store.accountChanges().of("ua.clerk5", 10)).isEmpty();
    }

    @Test
    void aSupervisorDoesNotDisableItsOwnAccount() {
        HttpResponse<String> r = desk("ua.super").post("/desk/accounts/ua.super/standing", "action=disable", FORM);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(running.world().store.standings().of("ua.super").orElseThrow().disabled()).isFalse();
    }

    @Test
    void theSupervisorsPageListsItsPartysAccountsAndTheirSignIns() {
        added("ua.clerk6", Fixture.A);
        desk("ua.clerk6");

        String page = desk("ua.super").get("/desk/accounts?lang=uk").body();

        assertThat(page).contains("Облікові записи вашої сторони").contains("data-account=\"ua.clerk6\"")
                .contains("увійшов").doesNotContain("data-account=\"ru.super\"");
    }

    @Test
    void anAccountChangesItsOwnPasswordAndItsOtherSessionsEnd() {
        Client other = desk(added("ua.clerk7", Fixture.A));
        Client here = desk("ua.clerk7");

        HttpResponse<String> r = here.post("/desk/password", "current=" + enc(Fixture.PASSWORD) + "&password="
                + enc("another passphrase") + "&again=" + enc("another passphrase"), FORM);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(other.get("/desk").statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/desk/password?changed=1");
        assertThat(new Client(running.port()).session(Callers.cookie(r), "").get("/desk/password?changed=1&lang=ru").body())
                .contains("Ваш пароль изменён");
        assertThat(running.world().store.accountChanges().of("ua.clerk7", 10)).extracting(AccountChange::action)
                .containsExactly(AccountAction.PASSWORD_CHANGED);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedInPlaceNamingTheFieldAndNothingChanges() {
        Client here = desk(added("ua.clerk8", Fixture.A));

        HttpResponse<String> r = here.post("/desk/password", "current=wrong&password=" + enc("another passphrase")
                + "&again=" + enc("another passphrase"), FORM);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"refusal\"").contains("data-field=\"current\"");
        assertThat(here.get("/desk").statusCode()).isEqualTo(200);
        assertThat(running.world().store.accountChanges().of("ua.clerk8", 10)).isEmpty();
    }

    @Test
    void aPermissionGrantedOnTheDeskIsRecordedAsAChangeToTheAccountOnce() {
        added("ua.clerk10", Fixture.A);
        Client supervisor = desk("ua.super");

        supervisor.post("/desk/permissions", "username=ua.clerk10&permission=children&action=grant", FORM);
        supervisor.post("/desk/permissions", "username=ua.clerk10&permission=children&action=grant", FORM);

        assertThat(running.world().store.accountChanges().of("ua.clerk10", 10)).extracting(AccountChange::action,
                c -> c.actor().name()).containsExactly(org.assertj.core.groups.Tuple.tuple(AccountAction.CHILDREN_GRANTED, "ua.super"));
        assertThat(supervisor.get("/desk/accounts/ua.clerk10?lang=en").body()).contains("granted: works children's cases");
    }

    @Test
    void aNewPasswordUnderTheMinimumIsRefusedNamingTheLimit() {
        Client here = desk(added("ua.clerk9", Fixture.A));

        HttpResponse<String> r = here.post("/desk/password", "current=" + enc(Fixture.PASSWORD) + "&password=short&again=short", FORM);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"password\"").contains("at least 8");
    }
}
