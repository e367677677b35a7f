package org.repatria.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.header.Header;
import org.repatria.lists.latin.Language;
import org.repatria.lists.latin.Romanizer;
import org.repatria.lists.latin.Scheme;

/**
 * Gives each accepted row its Latin name by the passport scheme of its language. A name whose letters
 * do not tell Ukrainian from Russian (Петренко Андрей?) takes the language most rows of the list show,
 * or failing that the language of its header and title rows, or failing that Ukrainian.
 */
final class RowRomanizer {
    private RowRomanizer() {
    }

    /** {@code surroundings}: the text of the header and title rows, for when no row's letters tell the language. */
    static List<ListRow> rows(List<RowReader.Draft> drafts, Header header, String surroundings) {
        Romanizer romanizer = Romanizer.create();
        Language usual = Language.usual(drafts.stream().map(RowRomanizer::evident))
                .or(() -> Language.evidentIn(surroundings)).orElse(Language.UKRAINIAN);
        List<ListRow> rows = new ArrayList<>(drafts.size());
        for (RowReader.Draft draft : drafts) {
            Language language = evident(draft).orElse(usual);
            rows.add(new ListRow(draft.facts().row(),
                    draft.person(romanizer.latin(draft.facts().name(), Scheme.PASSPORT, language)),
                    draft.cells(), header));
        }
        return rows;
    }

    private static Optional<Language> evident(RowReader.Draft draft) {
        return Language.of(draft.facts().name(), draft.core().getOrDefault(CoreField.BIRTH_PLACE, ""));
    }
}
