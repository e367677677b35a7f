package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.match.compare.Field;

/** The review page names every agreement level the matcher writes in the reader's language. */
class MatchViewsTest {
    @Test
    void everyLevelOfEveryFieldHasItsOwnLabelInEveryLanguage() {
        for (Language language : Language.values()) {
            Text text = new Text(language);
            for (Field field : Field.values()) {
                for (int level = 0; level < field.levelCount(); level++) {
                    String written = field.label(level);
                    String shown = MatchViews.level(text, written);
                    assertThat(shown).as("%s level %s in %s", field, written, language).isNotBlank();
                    if (language != Language.EN) {
                        assertThat(shown).as("%s level %s in %s is translated", field, written, language).isNotEqualTo(written);
                    }
                }
            }
        }
    }
}
