package org.repatria.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

class ImportApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    private static HttpResponse<String> upload(String query, byte[] file) {
        Client client = running.api(Who.A_DESK);
        return client.send(client.request("/api/v1/lists/import?" + query).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private static int listCount() {
        return Client.json(running.api(Who.A_DESK).get("/api/v1/lists")).size();
    }

    @Test
    void aWindows1251CsvWithLocalHeadersIsStoredWholeWithLatinNames() {
        byte[] file = "№;Прізвище;Ім'я;По батькові;Дата народження;Категорія\r\n1;Шевченко;Олександр;Сергійович;12.03.1998;ВП\r\n"
                .getBytes(Charset.forName("windows-1251"));
        HttpResponse<String> r = upload("title=%D0%97%D0%B0%D0%BF%D0%B8%D1%82&purpose=request", file);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode list = Client.json(r).get("list");
        assertThat(list.get("category").asString()).isEqualTo("pow");
        assertThat(list.get("row_count").asInt()).isEqualTo(1);
        JsonNode row = Client.json(running.api(Who.A_DESK).get("/api/v1/lists/" + list.get("id").asString() + "/rows"))
                .get("rows").get(0);
        assertThat(row.get("surname").asString()).isEqualTo("Шевченко");
        assertThat(row.get("latin").get("surname").asString()).isEqualTo("Shevchenko");
        assertThat(row.get("birth_date").asString()).isEqualTo("1998-03-12");
    }

    @Test
    void theGenevaConventionDetailsOfARowComeBackWithIt() {
        byte[] file = "id,surname,given_name,birth_date,category,mother_name\n1,Ковальчук,Петро,1990,POW,Ганна\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload("title=details&purpose=holding", file);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = Client.json(r).get("list").get("id").asString();

        JsonNode row = Client.json(running.api(Who.A_DESK).get("/api/v1/lists/" + id + "/rows")).get("rows").get(0);

        assertThat(row.get("details").get("mother_name").asString()).isEqualTo("Ганна");
    }

    @Test
    void aListWithErrorsIsRefusedWithEveryProblemAndNothingIsStored() {
        int before = listCount();
        byte[] file = "id,surname,given_name,birth_date,category\n1,Бондар,Ігор,31.02.1990,POW\n1,Мельник,,1990,POW\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload("title=x&purpose=holding&lang=uk", file);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = Client.json(r);
        assertThat(body.get("error").asString()).isEqualTo("invalid_list");
        assertThat(body.get("problems").valueStream().map(p -> p.get("row").asInt() + "," + p.get("column").asString()))
                .containsExactly("2,birth_date", "3,given_name", "3,id");
        assertThat(body.get("problems").get(0).get("message").asString()).isEqualTo("«31.02.1990» не є можливою датою");
        assertThat(listCount()).isEqualTo(before);
    }

    @Test
    void warningsMustBeAcceptedBeforeTheListIsStored() {
        byte[] file = "id,surname,given_name,birth_date,category\n1,Бондар,Ігор,03.25.1990,CIVILIAN\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> first = upload("title=x&purpose=holding", file);
        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(Client.json(first).get("error").asString()).isEqualTo("unconfirmed_warnings");
        HttpResponse<String> second = upload("title=x&purpose=holding&accept_warnings=true", file);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(Client.json(second).get("warnings").get(0).get("severity").asString()).isEqualTo("warning");
    }

    @Test
    void theTitleAndPurposeAreRequiredAndNamed() {
        byte[] file = "id,surname,given_name,category\n1,Бондар,Ігор,CIVILIAN\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> noPurpose = upload("title=x", file);
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(Client.json(noPurpose).get("message").asString()).startsWith("purpose: is required");
        assertThat(upload("purpose=holding", file).statusCode()).isEqualTo(400);
    }

    @Test
    void arbitraryBytesGetA4xxNeverA5xx() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[rng.nextInt(3000)];
            rng.nextBytes(bytes);
            int status = upload("title=x&purpose=holding", bytes).statusCode();
            assertThat(status).as("case %d (seed 42)", i).isBetween(400, 499);
        }
    }
}
