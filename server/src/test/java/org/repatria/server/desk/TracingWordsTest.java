package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.match.trace.Particular;
import org.repatria.match.trace.Reason;
import org.repatria.match.trace.Verdict;

/** Every particular, verdict, level and source the child search names has its words in English, Ukrainian and Russian. */
class TracingWordsTest {
    @Test
    void everyParticularVerdictLevelAndSourceHasWordsInEachLanguage() {
        for (Language lang : Language.values()) {
            Text t = new Text(lang);
            for (Particular p : Particular.values()) {
                assertThat(t.find("tracing.particular." + p.name())).as(lang + " " + p).isPresent();
            }
            for (Verdict v : Verdict.values()) {
                assertThat(t.find("tracing.verdict." + v.name())).as(lang + " " + v).isPresent();
            }
            for (String level : Reason.LEVELS) {
                assertThat(t.find(TracingViews.LEVEL + level)).as(lang + " " + level).isPresent();
            }
            for (String kind : new String[] {"answer", "list"}) {
                assertThat(t.find(TracingViews.SOURCE + kind)).as(lang + " " + kind).isPresent();
            }
        }
    }
}
