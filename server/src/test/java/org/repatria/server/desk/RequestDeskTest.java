package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;

/**
 * The request lists' pages (issue 13, items 2 and 3): the figures at a glance, one list's rows and history, answering
 * on screen or from a sheet, the mediator's deadline and reminders, and who is refused what.
 */
class RequestDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void theRequestingSideSeesItsRelayedListWithEveryRowUnansweredAtFirst() {
        String id = ChildRequests.relayed(running, "Діти, перелік 1", 4);
        String index = running.desk(A_DESK).get("/desk/requests").body();
        assertThat(index).contains("Діти, перелік 1").contains("href=\"/desk/requests/" + id + "?party=ru\"")
                .contains("data-status=\"unanswered\" data-count=\"4\"");
    }

    @Test
    void aPartyDeskWithoutTheChildrenPermissionSeesCountsButNoChild() {
        String id = ChildRequests.relayed(running, "Діти, перелік 2", 3);
        String page = running.desk(B_DESK).get("/desk/requests/" + id).body();
        assertThat(page).contains("id=\"counts-only\"").contains("data-count=\"3\"").doesNotContain("Дитина1")
                .doesNotContain("id=\"request-rows\"");
    }

    @Test
    void anObserverSeesTheIndexWithCountsOnlyForAChildrensList() {
        ChildRequests.relayed(running, "Діти, перелік 3", 2);
        HttpResponse<String> index = running.desk(OBSERVER_DESK).get("/desk/requests");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("class=\"muted counts-only\"").doesNotContain("Дитина1");
    }

    @Test
    void anObserverReadsTheFiguresAndTheChartOfAPrisonersListButNoRow() {
        String id = ChildRequests.relayed(running, "Полонені, запит спостерігачеві", 3, "POW");
        HttpResponse<String> page = running.desk(OBSERVER_DESK).get("/desk/requests/" + id + "?party=ru");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"counts-only\"").contains("id=\"answers-chart\"")
                .doesNotContain("id=\"request-rows\"").doesNotContain("Дитина1");
    }

    @Test
    void theWideRequestTablesScrollInsideTheirCardInsteadOfRunningPastIt() {
        String id = ChildRequests.relayed(running, "Полонені, широка таблиця", 2, "POW");
        String index = running.desk(A_DESK).get("/desk/requests?lang=uk").body();
        String page = running.desk(A_DESK).get("/desk/requests/" + id + "?party=ru&lang=uk").body();

        assertThat(index).contains("<div class=\"scroll\"><table class=\"grid\" id=\"requests\">");
        assertThat(page).contains("<div class=\"scroll\"><table class=\"grid\" id=\"figures\">")
                .contains("<div class=\"scroll\"><table class=\"grid\" id=\"request-rows\">");
    }

    @Test
    void thePrisonersListShowsItsRowsToThePartyDesks() {
        String id = ChildRequests.relayed(running, "Полонені, запит", 2, "POW");
        assertThat(running.desk(A_DESK).get("/desk/requests/" + id + "?party=ru").body()).contains("id=\"request-rows\"")
                .doesNotContain("id=\"counts-only\"");
        assertThat(running.desk(B_DESK).get("/desk/requests/" + id).body()).contains("id=\"answer-form\"");
    }

    @Test
    void theChildrenWorkerSeesTheRowsAndAnAnsweringForm() {
        String id = ChildRequests.relayed(running, "Діти, перелік 4", 3);
        String page = ChildRequests.desk(running).get("/desk/requests/" + id).body();
        assertThat(page).contains("id=\"request-rows\"").contains("Дитина1 Марія").contains("id=\"answer-form\"")
                .contains("name=\"pick.0\"");
    }

    @Test
    void answersSentOnScreenReachTheRequestingSideOnlyOnceTheMediatorRelaysThem() {
        String id = ChildRequests.relayed(running, "Діти, перелік 5", 3);
        HttpResponse<String> sent = ChildRequests.answered(ChildRequests.desk(running), id, Map.of("1", "located",
                "2", "not-found"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(running.desk(A_DESK).get("/desk/requests/" + id + "?party=ru").body())
                .contains("data-status=\"unanswered\" data-count=\"3\"");

        ChildRequests.relayAll(running);

        assertThat(running.desk(A_DESK).get("/desk/requests/" + id + "?party=ru").body())
                .contains("data-status=\"located\" data-count=\"1\"").contains("data-status=\"not-found\" data-count=\"1\"");
        assertThat(ChildRequests.requester(running).get("/desk/requests/" + id + "?party=ru").body())
                .contains("<tr data-row=\"1\" data-status=\"located\">");
    }

    @Test
    void aLaterAnswerSupersedesTheEarlierAndBothStayInTheRowsHistory() {
        String id = ChildRequests.relayed(running, "Діти, перелік 6", 2);
        Client worker = ChildRequests.desk(running);
        assertThat(ChildRequests.answered(worker, id, Map.of("1", "no-information")).statusCode()).isEqualTo(303);
        assertThat(ChildRequests.answered(worker, id, Map.of("1", "held")).statusCode()).isEqualTo(303);

        String row = rowOf(worker.get("/desk/requests/" + id + "?party=ru").body(), "1");
        assertThat(row).contains("data-status=\"held\"").contains("class=\"superseded\"").contains("class=\"current\"");
    }

    @Test
    void theRowsFilterByStatus() {
        String id = ChildRequests.relayed(running, "Діти, перелік 7", 3);
        Client worker = ChildRequests.desk(running);
        ChildRequests.answered(worker, id, Map.of("2", "deceased"));
        String page = worker.get("/desk/requests/" + id + "?party=ru&status=deceased").body();
        assertThat(page).contains("<tr data-row=\"2\"").doesNotContain("<tr data-row=\"1\"").doesNotContain("<tr data-row=\"3\"");
    }

    @Test
    void anUnknownStatusFilterIsRefusedNamingTheField() {
        String id = ChildRequests.relayed(running, "Діти, перелік 8", 1);
        HttpResponse<String> r = ChildRequests.desk(running).get("/desk/requests/" + id + "?status=lost");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void anAnswerWithABadDateIsRefusedNamingItsRowAndNothingIsSent() {
        String id = ChildRequests.relayed(running, "Діти, перелік 9", 2);
        HttpResponse<String> r = ChildRequests.draft(ChildRequests.desk(running), id, Map.of("row.0", "1", "pick.0", "yes",
                "status.0", "held", "date.0", "вчора"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"refusal\"").contains("data-field=\"row 1: date\"").doesNotContain("name=\"content\"");
    }

    @Test
    void aSigningRefusedForWantOfAKeyShowsTheSameAnswersAgainToSign() {
        String id = ChildRequests.relayed(running, "Діти, перелік без ключа", 2);
        Client worker = ChildRequests.desk(running);
        String draft = ChildRequests.draft(worker, id, Map.of("row.0", "2", "pick.0", "yes", "status.0", "not-found"))
                .body();
        Matcher content = Pattern.compile("name=\"content\" value=\"([^\"]*)\"").matcher(draft);
        assertThat(content.find()).isTrue();

        HttpResponse<String> refused = worker.post("/desk/requests/" + id + "/answers?lang=ru",
                ChildRequests.form(worker, Map.of("content", content.group(1))), "application/x-www-form-urlencoded");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("data-field=\"signature\"").contains("<tr data-row=\"2\">")
                .contains("name=\"content\" value=\"" + content.group(1) + "\"");
    }

    @Test
    void noRowTickedIsRefused() {
        String id = ChildRequests.relayed(running, "Діти, перелік 10", 2);
        HttpResponse<String> r = ChildRequests.draft(ChildRequests.desk(running), id, Map.of("row.0", "1", "status.0", "held"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"pick\"");
    }

    @Test
    void aSheetWithARowNotInTheListShowsTheProblemByRowAndSendsNothing() {
        String id = ChildRequests.relayed(running, "Діти, перелік 11", 2);
        Multipart sheet = Multipart.of(Map.of(), "answers.csv",
                "row_id,status\n1,held\n99,located\n".getBytes(StandardCharsets.UTF_8));
        Client worker = ChildRequests.desk(running);
        HttpResponse<String> r = worker.send(worker.request("/desk/requests/" + id + "/answers/draft")
                .header("Content-Type", sheet.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sheet.body())));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"problems\"").contains("<td>3</td>").doesNotContain("name=\"content\"");
    }

    @Test
    void aSheetsProblemNamesItsColumnAsTheReadersTemplateHeadsIt() {
        String id = ChildRequests.relayed(running, "Діти, перелік 11a", 2);
        Multipart sheet = Multipart.of(Map.of(), "answers.csv",
                "номер строки,статус\n1,гуляет\n".getBytes(StandardCharsets.UTF_8));
        Client worker = ChildRequests.desk(running);
        HttpResponse<String> r = worker.send(worker.request("/desk/requests/" + id + "/answers/draft?lang=ru")
                .header("Content-Type", sheet.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sheet.body())));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("<td><code>статус</code></td>").doesNotContain("<code>status</code>");
    }

    @Test
    void aSheetWithoutProblemsIsShownToSign() {
        String id = ChildRequests.relayed(running, "Діти, перелік 12", 2);
        Multipart sheet = Multipart.of(Map.of(), "answers.csv",
                "номер рядка,статус,місце\n2,located,Ростов\n".getBytes(StandardCharsets.UTF_8));
        Client worker = ChildRequests.desk(running);
        HttpResponse<String> r = worker.send(worker.request("/desk/requests/" + id + "/answers/draft")
                .header("Content-Type", sheet.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sheet.body())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<tr data-row=\"2\">").contains("Ростов").contains("name=\"content\"");
    }

    @Test
    void theTemplateIsHeadedInTheReadersLanguage() {
        String id = ChildRequests.relayed(running, "Діти, перелік 13", 1);
        HttpResponse<String> csv = ChildRequests.desk(running).get("/desk/requests/" + id + "/answers/template.csv?lang=uk");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("номер рядка,статус,дата,місце,прізвище");
    }

    @Test
    void theRequestingSideMayNotAnswerItsOwnList() {
        String id = ChildRequests.relayed(running, "Діти, перелік 14", 1);
        HttpResponse<String> r = ChildRequests.draft(running.desk(A_DESK), id, Map.of("row.0", "1", "pick.0", "yes",
                "status.0", "held"));
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).doesNotContain("name=\"content\"");
    }

    @Test
    void theMediatorSetsTheDeadlineAndTheListShowsIt() {
        String id = ChildRequests.relayed(running, "Діти, перелік 15", 1);
        Client mediator = running.desk(MEDIATOR_DESK);
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        HttpResponse<String> r = mediator.post("/desk/requests/" + id + "/deadline", "deadline=" + day,
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(mediator.get(r.headers().firstValue("Location").orElseThrow()).body()).contains("id=\"notice\"")
                .contains(day + " 23:59 UTC");
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedAndChangesNothing() {
        String id = ChildRequests.relayed(running, "Діти, перелік 16", 1);
        HttpResponse<String> r = running.desk(MEDIATOR_DESK).post("/desk/requests/" + id + "/deadline", "deadline=soon",
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"deadline\"");
    }

    @Test
    void theMediatorsReminderGoesOnTheLogToTheRequestedSideAndWaitsInNoQueue() {
        String id = ChildRequests.relayed(running, "Діти, перелік 17", 1);
        Client mediator = running.desk(MEDIATOR_DESK);
        HttpResponse<String> r = mediator.post("/desk/requests/" + id + "/reminders", "to=ru&note=" + ChildRequests.enc("Прошу відповісти"),
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(mediator.get(r.headers().firstValue("Location").orElseThrow()).body()).contains("id=\"notice\"")
                .contains("id=\"reminders\"");
        assertThat(running.desk(B_DESK).get("/desk/documents").body()).contains("Reminder about «Діти, перелік 17»");
        assertThat(mediator.get("/desk/relays").body()).doesNotContain("Reminder about «Діти, перелік 17»");
    }

    @Test
    void theRelayQueueNamesAnswersByTheirListAndRowCount() {
        String id = ChildRequests.relayed(running, "Діти, перелік 18", 3);
        ChildRequests.answered(ChildRequests.desk(running), id, Map.of("1", "returned", "3", "held"));
        String queue = running.desk(MEDIATOR_DESK).get("/desk/relays").body();
        assertThat(queue).contains("Answers for «Діти, перелік 18»: 2 answered").contains("href=\"/desk/requests/" + id + "\"");
    }

    @Test
    void theRequestingSideAcknowledgesRelayedAnswersAsAnyDocument() {
        String id = ChildRequests.relayed(running, "Діти, перелік 19", 2);
        ChildRequests.answered(ChildRequests.desk(running), id, Map.of("2", "held"));
        ChildRequests.relayAll(running);
        String documents = running.desk(A_DESK).get("/desk/documents").body();
        int at = documents.indexOf("Answers for «Діти, перелік 19»: 1 answered");
        assertThat(at).as("the answers in ua's inbox").isNotNegative();
        assertThat(documents.substring(at)).contains("/acknowledgement");
    }

    @Test
    void theListsOwnPageLinksToItsAnswers() {
        String id = ChildRequests.relayed(running, "Діти, перелік 20", 1);
        assertThat(running.desk(A_DESK).get("/desk/lists/" + id).body()).contains("href=\"/desk/requests/" + id + "\"");
    }

    @Test
    void aListNobodyRelayedToTheReaderIsNotFound() {
        String id = running.world().aPrisoners.toString();
        assertThat(running.desk(B_DESK).get("/desk/requests/" + id).statusCode()).isEqualTo(404);
    }

    private static String rowOf(String html, String rowId) {
        int start = html.indexOf("<tr data-row=\"" + rowId + "\"");
        assertThat(start).as("row " + rowId).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
