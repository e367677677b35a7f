package org.repatria.server.cta;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.FiveForFive;

/**
 * A party desk finishes the task on the desk: from the lists page to the CTA export's page, in Ukrainian and Russian,
 * then the download by category and the dictionary beside it; the mediator has no such page.
 */
class CtaDeskTest {
    private static final Pattern LINK = Pattern.compile("href=\"(/desk/cta)\" id=\"cta-link\"");
    private static final Pattern FORM = Pattern.compile("action=\"(/desk/cta/export\\.csv)\"");
    private static final Pattern DICTIONARY = Pattern.compile("href=\"(/desk/cta/dictionary\\.csv)\"");

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void uaHandedOverFive() {
        FiveForFive.handedOverByUa(running);
    }

    private static String follow(Pattern link, String page) {
        Matcher m = link.matcher(page);
        assertThat(m.find()).as("a link %s on the page", link).isTrue();
        return m.group(1);
    }

    @Test
    void aPartyDeskReachesTheExportFromTheListsPageAndReadsItInUkrainian() {
        Client desk = running.desk(Who.A_DESK);
        String page = desk.get(follow(LINK, desk.get("/desk/lists?lang=uk").body()) + "?lang=uk").body();
        assertThat(page).contains("Експорт для Центрального агентства з розшуку")
                .contains("Експорт містить 42 осіб із 2 списків; з них передано 5.")
                .contains("<code>repatriation_tranche</code>").contains("Завантажити словник даних (CSV)")
                .doesNotContain("value=\"CHILD\"");
    }

    @Test
    void thePageReadsInRussian() {
        String page = running.desk(Who.B_DESK).get("/desk/cta?lang=ru").body();
        assertThat(page).contains("Экспорт для Центрального агентства по розыску").contains("Скачать CSV")
                .contains("Экспорт содержит 20 лиц из 1 списков");
    }

    @Test
    void theDeskDownloadsTheExportByCategoryAndTheDictionary() {
        Client desk = running.desk(Who.A_DESK);
        String page = desk.get("/desk/cta").body();
        HttpResponse<String> csv = desk.get(follow(FORM, page) + "?category=POW");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("cta-export-ua.csv");
        List<Map<String, String>> rows = CtaCsv.rows(csv.body());
        assertThat(rows).hasSize(30).allSatisfy(r -> assertThat(r).containsEntry("category", "POW"));
        assertThat(rows).filteredOn(r -> r.get("repatriation_tranche").equals("1")).hasSize(5);
        List<List<String>> dictionary = CtaCsv.records(desk.get(follow(DICTIONARY, page)).body());
        assertThat(dictionary.subList(1, dictionary.size())).extracting(List::getFirst)
                .isEqualTo(CtaCsv.records(csv.body()).getFirst());
    }

    @Test
    void theMediatorHasNoExportPage() {
        assertThat(running.desk(Who.MEDIATOR_DESK).get("/desk/cta").statusCode()).isEqualTo(403);
        assertThat(running.desk(Who.MEDIATOR_DESK).get("/desk/lists").body()).doesNotContain("cta-link");
    }
}
