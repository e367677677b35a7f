package org.repatria.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.repatria.lists.export.CsvExport;
import org.repatria.lists.export.PdfExport;
import org.repatria.lists.export.Table;
import org.repatria.lists.export.XlsxExport;

/**
 * Writes a list as CSV (UTF-8 with a byte-order mark, canonical headers), XLSX, or a printable PDF.
 * Every format puts a Latin transliteration beside names written in Cyrillic: the passport scheme of
 * the name's language and BGN/PCGN.
 */
public final class ListExport {
    private ListExport() {
    }

    /** The list as CSV bytes; re-importing them gives the same persons. */
    public static byte[] csv(ListDocument list) {
        return CsvExport.write(Table.of(list));
    }

    /** The list as an XLSX workbook on {@code out} (streamed: a large list does not fill the heap). */
    public static void xlsx(ListDocument list, OutputStream out) throws IOException {
        XlsxExport.write(list, Table.of(list), out);
    }

    /**
     * The list as a PDF for print, labelled in {@code locale}'s language (en, uk, ru): title, author,
     * date, row count, the SHA-256 of the list's CSV export (the bytes a party signs), the rows, and a
     * signature block.
     */
    public static byte[] pdf(ListDocument list, Locale locale) {
        Table table = Table.of(list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(list, table, CsvExport.sha256(CsvExport.write(table)), locale, out);
        return out.toByteArray();
    }
}
