package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/** The log's checkpoint tile shows the root hash as code, not as words of the sentence, in every language. */
class LogRootWordsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void theCheckpointTileShowsTheRootAsCodeAfterItsWords() {
        String page = running.desk(Fixture.Who.OBSERVER_DESK).get("/desk/log?lang=uk").body();
        int at = page.indexOf("id=\"log-checkpoint\"");
        String tile = page.substring(page.lastIndexOf("<a ", at), page.indexOf("</a>", at) + 4);
        assertThat(tile).containsPattern("корінь <code>[A-Za-z0-9+/=]+…?</code>");
        assertThat(VisibleWords.english(VisibleWords.text(tile))).isEmpty();
    }
}
