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
 * names; {@code category} applies to rows whose category cell is empty or absent; {@code maxRows} is the most data
 * rows the list may have (reading stops at the next one, refusing the list).
 */
public record ImportOptions(LocalDate listDate, Optional<Charset> encoding, ColumnMapping mapping, Optional<Category> category,
                            int maxRows) {
    public ImportOptions {
        Objects.requireNonNull(listDate, "listDate");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(category, "category");
        if (maxRows < 1 || maxRows > ListImport.MAX_ROWS) {
            throw new IllegalArgumentException("maxRows must be 1.." + ListImport.MAX_ROWS + ": " + maxRows);
        }
    }

    /** Detection, built-in header names only, no default category, up to {@link ListImport#MAX_ROWS} rows, for a list dated {@code listDate}. */
    public static ImportOptions on(LocalDate listDate) {
        return new ImportOptions(listDate, Optional.empty(), ColumnMapping.none(), Optional.empty(), ListImport.MAX_ROWS);
    }

    /** As {@link #on(LocalDate)}, dated today by {@code clock}. */
    public static ImportOptions today(Clock clock) {
        return on(LocalDate.now(clock));
    }

    public ImportOptions withEncoding(Charset charset) {
        return new ImportOptions(listDate, Optional.of(charset), mapping, category, maxRows);
    }

    public ImportOptions withMapping(ColumnMapping saved) {
        return new ImportOptions(listDate, encoding, saved, category, maxRows);
    }

    public ImportOptions withCategory(Category all) {
        return new ImportOptions(listDate, encoding, mapping, Optional.of(all), maxRows);
    }

    /** The same, allowing at most {@code rows} data rows. */
    public ImportOptions withMaxRows(int rows) {
        return new ImportOptions(listDate, encoding, mapping, category, rows);
    }
}
