package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word walk's reader: English is found in what a reader sees, not in names, document bytes or identifiers. */
class VisibleWordsTest {
    @Test
    void anEnglishWordInThePageIsFound() {
        assertThat(VisibleWords.english(VisibleWords.text("<p>Стан: <b>ACCEPTED</b></p>"))).containsExactly("ACCEPTED");
    }

    @Test
    void anEnglishWordInAnAttributeTheReaderSeesIsFound() {
        assertThat(VisibleWords.english(VisibleWords.text("<input aria-label=\"min\">"))).containsExactly("min");
    }

    @Test
    void namesDocumentBytesAndIdentifiersAreNotTheDesksWords() {
        String html = "<p>Угода <code>five-for-five</code> <span class=\"muted verbatim\">Türkiye <b>border</b></span>"
                + " <pre class=\"verbatim\">repatria-agreement v1\nkind prisoners</pre> 64a1f0 sample_id,marker CSV</p>";
        assertThat(VisibleWords.english(VisibleWords.text(html))).isEmpty();
    }

    @Test
    void textAfterAVerbatimElementIsReadAgain() {
        assertThat(VisibleWords.english(VisibleWords.text("<p><span class=\"verbatim\">Kyiv</span> tranche</p>")))
                .containsExactly("tranche");
    }
}
