package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/** Downloading a list from the desk: only lists the caller may read, in the three formats, Latin beside Cyrillic. */
class ListExportsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @Test
    void aPartyDownloadsItsOwnListAsCsvWithALatinColumn() {
        HttpResponse<String> r = running.desk(Fixture.Who.A_DESK).get("/desk/lists/" + running.world().aPrisoners + "/export/csv");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".csv"));
        assertThat(r.body().lines().count()).as("header plus 30 rows").isEqualTo(31);
        assertThat(r.body()).contains("Шевченко").as("Latin beside the Cyrillic").containsIgnoringCase("Shevchenko");
    }

    @Test
    void xlsxAndPdfDownloadsAreTheirFormats() {
        var desk = running.desk(Fixture.Who.A_DESK);
        String base = "/desk/lists/" + running.world().aPrisoners + "/export/";

        assertThat(desk.get(base + "xlsx").body()).startsWith("PK");
        assertThat(desk.get(base + "pdf").body()).startsWith("%PDF");
    }

    @Test
    void anotherPartysUnrelayedListCannotBeDownloaded() {
        HttpResponse<String> r = running.desk(Fixture.Who.A_DESK).get("/desk/lists/" + running.world().bPrisoners + "/export/csv");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("Военнопленные");
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        assertThat(running.desk(Fixture.Who.A_DESK).get("/desk/lists/" + running.world().aPrisoners + "/export/doc")
                .statusCode()).isEqualTo(400);
    }
}
