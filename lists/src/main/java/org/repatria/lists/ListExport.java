package org.repatria.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.repatria.core.person.Person;
import org.repatria.lists.export.CanonicalCsv;
import org.repatria.lists.export.CsvExport;
import org.repatria.lists.export.PdfExport;
import org.repatria.lists.export.Printable;
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

    /**
     * The canonical bytes of a list's rows: what its author signs and the log's envelope hashes. UTF-8 without a
     * byte-order mark, LF, NFC, a fixed header; anyone holding the list recomputes the same bytes (decision 0065).
     */
    public static byte[] canonical(List<Person> persons) {
        return CanonicalCsv.write(persons);
    }

    /** The SHA-256 of {@code bytes} in lower-case hex, as an envelope's {@code sha256} line gives it. */
    public static String sha256(byte[] bytes) {
        return CsvExport.sha256(bytes);
    }

    /** The list as an XLSX workbook on {@code out} (streamed: a large list does not fill the heap). */
    public static void xlsx(ListDocument list, OutputStream out) throws IOException {
        XlsxExport.write(list, Table.of(list), out);
    }

    /**
     * The list as a PDF for print, labelled in {@code locale}'s language (en, uk, ru): title, author,
     * date, row count, the SHA-256 of the list's canonical bytes (what its author signs), the rows, and a
     * signature block.
     */
    public static byte[] pdf(ListDocument list, Locale locale) {
        Table table = Table.of(Printable.of(list)); // a long stored text is cut before it is romanized and laid out
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(list, table, CsvExport.sha256(CanonicalCsv.write(list.persons())), locale, out);
        return out.toByteArray();
    }
}
