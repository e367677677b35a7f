package org.repatria.lists;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.person.Category;
import org.repatria.lists.header.ColumnMapping;

/**
 * How to read a list. {@code listDate} is the day the list speaks for (ages are checked on it);
 * {@code encoding} overrides CSV detection; {@code mapping} is the author party's saved header
 * names; {@code category} applies to rows whose category cell is empty or absent.
 */
public record ImportOptions(LocalDate listDate, Optional<Charset> encoding, ColumnMapping mapping, Optional<Category> category) {
    public ImportOptions {
        Objects.requireNonNull(listDate, "listDate");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(category, "category");
    }

    /** Detection, built-in header names only, no default category, for a list dated {@code listDate}. */
    public static ImportOptions on(LocalDate listDate) {
        return new ImportOptions(listDate, Optional.empty(), ColumnMapping.none(), Optional.empty());
    }

    /** As {@link #on(LocalDate)}, dated today by {@code clock}. */
    public static ImportOptions today(Clock clock) {
        return on(LocalDate.now(clock));
    }

    public ImportOptions withEncoding(Charset charset) {
        return new ImportOptions(listDate, Optional.of(charset), mapping, category);
    }

    public ImportOptions withMapping(ColumnMapping saved) {
        return new ImportOptions(listDate, encoding, saved, category);
    }

    public ImportOptions withCategory(Category all) {
        return new ImportOptions(listDate, encoding, mapping, Optional.of(all));
    }
}
