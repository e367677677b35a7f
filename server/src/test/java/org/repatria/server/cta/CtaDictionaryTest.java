package org.repatria.server.cta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/cta-export.md and the downloadable dictionary describe every column of the export, in the export's order. */
class CtaDictionaryTest {
    private static final Path DOC = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("cta-export.md");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| `([a-z_]+)` \\| (.+) \\|$");

    private static List<String> columns() {
        return Arrays.stream(CtaColumn.values()).map(CtaColumn::header).toList();
    }

    @Test
    void theDocumentsTableListsEveryColumnInTheExportsOrder() throws IOException {
        List<String> documented = Files.readAllLines(DOC, StandardCharsets.UTF_8).stream().map(ROW::matcher)
                .filter(Matcher::matches).map(m -> m.group(2)).toList();
        assertThat(documented).isEqualTo(columns());
    }

    @Test
    void theDocumentGivesEachColumnTheDictionarysArticleAndSource() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (CtaColumn c : CtaColumn.values()) {
            assertThat(doc).as(c.header()).contains("`" + c.header() + "` | " + c.meaning() + " | " + c.article() + " | ");
            assertThat(doc).as(c.header()).contains(" | " + c.source() + " |");
        }
    }

    @Test
    void theDownloadableDictionaryHasOneEntryPerColumnWithEveryField() {
        List<List<String>> entries = CtaCsv.records(new String(CtaExport.dictionary(), StandardCharsets.UTF_8));
        assertThat(entries.getFirst()).isEqualTo(CtaExport.DICTIONARY_HEADER);
        assertThat(entries.subList(1, entries.size())).extracting(List::getFirst).isEqualTo(columns());
        for (CtaColumn c : CtaColumn.values()) {
            assertThat(entries.get(c.ordinal() + 1)).containsExactly(c.header(), c.meaning(), c.article(), c.format(),
                    c.source());
        }
    }
}
