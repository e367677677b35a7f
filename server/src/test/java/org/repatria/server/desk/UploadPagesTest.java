package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/** The party desk's upload: errors inline and nothing stored, warnings held for "import anyway", success to the list. */
class UploadPagesTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static final Pattern HELD = Pattern.compile("action=\"(/desk/upload/[0-9a-f-]+)\"");

    static HttpResponse<String> upload(Client desk, String query, String title, byte[] file) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", "");
        fields.put("title", title);
        fields.put("purpose", "holding");
        Multipart m = Multipart.of(fields, "list.csv", file);
        return desk.send(desk.request("/desk/upload" + query).header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())));
    }

    private static int listCount() {
        return Client.json(running.api(Who.A_DESK).get("/api/v1/lists")).size();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void errorsAreShownByRowAndColumnInTheDesksLanguageAndNothingIsStored() {
        int before = listCount();
        HttpResponse<String> r = upload(running.desk(Who.A_DESK), "?lang=uk", "Список",
                csv("id,surname,given_name,birth_date,category\n1,Бондар,Ігор,31.02.1990,POW\n"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"upload-problems\"", "<td class=\"num\">2</td><td>birth_date</td>",
                "«31.02.1990» не є можливою датою", "value=\"Список\"").doesNotContain("import-anyway");
        assertThat(listCount()).isEqualTo(before);
    }

    @Test
    void warningsHoldTheFileAndImportAnywayStoresItWithoutUploadingAgain() {
        Client desk = running.desk(Who.A_DESK);
        int before = listCount();
        HttpResponse<String> first = upload(desk, "", "Warned", csv("id,surname,given_name,birth_date,category\n1,Бондар,Ігор,03.25.1990,CIVILIAN\n"));
        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(listCount()).isEqualTo(before);
        Matcher held = HELD.matcher(first.body());
        assertThat(held.find()).as(first.body()).isTrue();
        HttpResponse<String> second = desk.post(held.group(1), "_csrf=", "application/x-www-form-urlencoded");
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location").orElseThrow()).startsWith("/desk/lists/");
        assertThat(listCount()).isEqualTo(before + 1);
        assertThat(desk.post(held.group(1), "_csrf=", "application/x-www-form-urlencoded").body()).contains("id=\"upload-fault\"");
    }

    @Test
    void aHeldFileCannotBeImportedByAnotherAccount() {
        HttpResponse<String> first = upload(running.desk(Who.A_DESK), "", "Warned",
                csv("id,surname,given_name,birth_date,category\n1,Бондар,Ігор,03.25.1990,CIVILIAN\n"));
        Matcher held = HELD.matcher(first.body());
        assertThat(held.find()).isTrue();
        int before = listCount();
        HttpResponse<String> other = running.desk(Who.B_DESK).post(held.group(1), "_csrf=", "application/x-www-form-urlencoded");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(listCount()).isEqualTo(before);
    }

    @Test
    void aCleanListIsStoredAndTheBrowserGoesToItsPage() {
        Client desk = running.desk(Who.A_DESK);
        HttpResponse<String> r = upload(desk, "", "Clean", csv("id,surname,given_name,category\n1,Бондар,Ігор,CIVILIAN\n2,Мельник,Олег,CIVILIAN\n"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = desk.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("Clean", "Бондар", "Мельник");
    }

    @Test
    void aMissingTitleIsNamedAndTheFileIsNotRead() {
        HttpResponse<String> r = upload(running.desk(Who.A_DESK), "", "", csv("id,surname\n1,Бондар\n"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Give the list a title");
    }

    @Test
    void theListsPageLinksToTheUploadForPartyDesksOnly() {
        assertThat(running.desk(Who.A_DESK).get("/desk/lists").body()).contains("href=\"/desk/upload\"");
        assertThat(running.desk(Who.MEDIATOR_DESK).get("/desk/lists").body()).doesNotContain("href=\"/desk/upload\"");
    }

    @Test
    void anUnrecognisedHeaderMappedToAFieldIsSavedForTheParty() {
        Client desk = running.desk(Who.B_DESK);
        byte[] file = csv("id,Призвіще,given_name,category\n1,Бондар,Ігор,CIVILIAN\n");
        HttpResponse<String> first = upload(desk, "", "Mapped", file);
        assertThat(first.statusCode()).isEqualTo(422);
        Matcher held = Pattern.compile("action=\"(/desk/upload/[0-9a-f-]+/mapping)\"").matcher(first.body());
        assertThat(held.find()).as(first.body()).isTrue();
        HttpResponse<String> mapped = desk.post(held.group(1), "_csrf=&h0=" + Page.enc("Призвіще") + "&f0=surname",
                "application/x-www-form-urlencoded");
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(303);
        assertThat(upload(desk, "", "Mapped again", file).statusCode()).isEqualTo(303);
    }
}
