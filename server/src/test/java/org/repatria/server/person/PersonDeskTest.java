package org.repatria.server.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;

/** The desk's person search and the person's page over plain HTTP. */
class PersonDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(3);
    static PersonLists lists;
    private static final Pattern PERSON = Pattern.compile("href=\"(/desk/persons/[0-9a-f-]{36})\"");

    @BeforeAll
    static void lists() {
        lists = new PersonLists(running);
    }

    private static HttpResponse<String> search(Client c, String q) {
        return c.get("/desk/persons?lang=en&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static String firstPerson(String html) {
        Matcher m = PERSON.matcher(html);
        assertThat(m.find()).as("a person found in: " + html).isTrue();
        return m.group(1);
    }

    @Test
    void everyDeskPageHasTheSearchBox() {
        assertThat(running.desk(A_DESK).get("/desk").body()).contains("action=\"/desk/persons\"", "id=\"person-search-q\"");
        assertThat(running.desk(A_DESK).get("/desk/lists").body()).contains("id=\"person-search-q\"");
    }

    @Test
    void aLatinNameFindsThePersonWithItsNamesAndLists() {
        String html = search(running.desk(MEDIATOR_DESK), "Oleksandr Kovalchuk").body();

        assertThat(html).contains("Ковальчук Олександр Петрович", "Ковальчук Александр Петрович", "Полонені, липень",
                "Военнопленные, август");
    }

    @Test
    void thePersonsPageShowsTheRowsOfBothListsAndTheReasons() {
        Client mediator = running.desk(MEDIATOR_DESK);
        String page = mediator.get(firstPerson(search(mediator, "Oleksandr Kovalchuk 1990").body()) + "?lang=en").body();

        assertThat(page).contains("data-row=\"u1\"", "data-row=\"r1\"", "Полонені, липень", "Военнопленные, август");
        assertThat(page).contains("Links inside this person", "class=\"grid rows why\"");
    }

    @Test
    void thePersonsPageCarriesEachReadableRowsDossier() {
        Client ua = running.desk(A_DESK);
        String page = ua.get(firstPerson(search(ua, "Ковальчук Олександр 1990").body())).body();

        assertThat(page).contains("id=\"dossier\"", "dossier-row\" data-list=\"" + lists.ua);
        assertThat(page).doesNotContain("dossier-row\" data-list=\"" + lists.ru);
    }

    @Test
    void aPartyDeskSeesNoRowOfTheOtherPartysUnrelayedList() {
        Client ua = running.desk(A_DESK);
        String page = ua.get(firstPerson(search(ua, "Ковальчук Олександр 1990").body())).body();

        assertThat(page).contains("data-row=\"u1\"").doesNotContain("data-row=\"r1\"", "Военнопленные, август");
    }

    @Test
    void aBadQueryIsRefusedInTheReadersWords() {
        HttpResponse<String> r = running.desk(MEDIATOR_DESK).get("/desk/persons?lang=uk&q=" + "a".repeat(201));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"search-error\"", "data-error=\"invalid\"");
    }

    @Test
    void aSplitOnThePersonsPageIsRecordedWithWhoAndWhy() {
        Client mediator = running.desk(MEDIATOR_DESK);
        String person = firstPerson(search(mediator, "Бойко Іван 1985").body());
        String form = "a_list=" + lists.ua + "&a_row=u2&b_list=" + lists.ru + "&b_row=r2&verdict=different&reason="
                + URLEncoder.encode("different fathers", StandardCharsets.UTF_8);

        HttpResponse<String> r = mediator.post(person + "/corrections", form, "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String after = mediator.get(r.headers().firstValue("Location").orElseThrow() + "?lang=en").body();

        assertThat(after).contains("different fathers", "mediator-desk", "not the same person");
        assertThat(after.contains("data-row=\"u2\"") && after.contains("data-row=\"r2\"")).isFalse();
    }
}
