package org.repatria.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.request.RequestMessages.SheetReply;

/** What the desk calls on the entry point: a sheet read against the list, and the answers document to sign. */
class RequestsDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static Requests requests() {
        return new Requests(running.world().store, running.server().log(), Clock.systemUTC());
    }

    @Test
    void aSheetIsReadAgainstTheListNamingARowItDoesNotHold() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        byte[] sheet = "Номер;Статус;Дата\r\n1;утримується;01.02.2025\r\n7;не знайдено;\r\n".getBytes(StandardCharsets.UTF_8);
        SheetReply reply = requests().readSheet(Fixture.Who.B_DESK.account(), id, "answers.csv", sheet);
        assertThat(reply.answers()).singleElement().satisfies(a -> {
            assertThat(a.rowId()).isEqualTo("1");
            assertThat(a.status()).isEqualTo("held");
            assertThat(a.date()).isEqualTo("2025-02-01");
        });
        assertThat(reply.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("row_id");
        });
    }

    @Test
    void theTextToSignIsTheCanonicalAnswersToTheRequestingSideAnsweringTheList() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        var text = requests().answersToSign(Fixture.Who.B_DESK.account(), id, List.of(new RowAnswer("2",
                RowStatus.LOCATED, PartialDate.parseIso("2025-03"), "Ростов-на-Дону", null, "")));
        assertThat(text.type()).isEqualTo(DocumentType.ANSWERS);
        assertThat(text.to()).isEqualTo(Fixture.A);
        assertThat(text.answers()).isEqualTo(RequestLists.envelope(running, id));
        assertThat(new String(text.text(), StandardCharsets.UTF_8)).endsWith("\n2,located,2025-03,Ростов-на-Дону,,,,\n");
    }

    @Test
    void theTextToSignIsRefusedForARowTheListDoesNotHold() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        assertThatThrownBy(() -> requests().answersToSign(Fixture.Who.B_DESK.account(), id, List.of(new RowAnswer("9",
                RowStatus.HELD, null, "", null, "")))).isInstanceOfSatisfying(HttpProblem.class,
                p -> assertThat(p.code()).isEqualTo("unknown_row"));
    }

    @Test
    void theSheetsAnswersAreWhatTheDeskSigns() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        SheetReply reply = requests().readSheet(Fixture.Who.B_DESK.account(), id, "a.csv",
                "row_id,status,place\n2,returned,Kyiv\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Requests.answers(reply)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(RowStatus.RETURNED);
            assertThat(a.place()).isEqualTo("Kyiv");
        });
        assertThat(requests().request(Fixture.Who.B_DESK.account(), id, Optional.empty()).rows()).isEqualTo(2);
    }
}
