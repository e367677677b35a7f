package org.repatria.server.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;

/** A line of the record edited behind the server's back is shown on the supervisors' page and in the export. */
class ReadRecordTamperingTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);

    @Test
    void anEditedReadIsShownAsABreakOnThePageAndInTheExport() throws IOException {
        ChildWorkers.add(running);
        String list = running.world().aPrisoners.toString();
        assertThat(running.api(Who.A_DESK).get("/api/v1/lists/" + list + "/rows").statusCode()).isEqualTo(200);
        assertThat(running.api(Who.A_DESK).get("/api/v1/lists/" + list + "/rows?offset=5").statusCode()).isEqualTo(200);
        Path segment = running.dataDir().resolve("reads").resolve("reads-00000001.log");
        String text = Files.readString(segment, StandardCharsets.UTF_8);
        Files.writeString(segment, text.replaceFirst("\ta-desk\t", "\tb-desk\t"), StandardCharsets.UTF_8);

        HttpResponse<String> page = ChildWorkers.desk(running, ChildWorkers.TR_SUPERVISOR).get("/desk/reads");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"reads-broken\"").contains("reads-00000001.log line 1");
        String csv = ChildWorkers.desk(running, ChildWorkers.TR_SUPERVISOR).get("/desk/reads.csv").body();
        assertThat(csv.split("\r\n")[1]).startsWith("# the record's chain is broken at reads-00000001.log line 1");
    }
}
