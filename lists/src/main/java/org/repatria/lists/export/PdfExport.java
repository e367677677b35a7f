package org.repatria.lists.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.repatria.core.person.Person;
import org.repatria.lists.ListDocument;

/**
 * A list as a printable PDF (A4 landscape): a heading with title, author, date, row count and the
 * SHA-256 of the list's CSV export; the rows with the Latin name under the Cyrillic one; a signature
 * block for the author party and the mediator. DejaVu Sans is embedded, so Cyrillic prints anywhere. Every text is
 * cut to {@link #PRINTED} characters before the PDF library lays it out: a field stored longer before the import limits
 * (docs/decisions/0163) would otherwise keep a core busy for minutes in its line breaking.
 */
public final class PdfExport {
    /** The most characters of one text (a field, the title, the author) printed; a longer one ends in "…". */
    public static final int PRINTED = Person.MAX_TEXT;
    private static final String FONT = "DejaVuSans.ttf";
    /** Table columns (indices into {@link Table#CORE}), printed with these relative widths. */
    private static final int[] COLUMNS = {0, 1, 8, 9, 10, 11, 13, 12, 14};
    private static final float[] WIDTHS = {3, 7, 22, 3, 7, 12, 8, 9, 12, 7};

    private PdfExport() {
    }

    /** Writes the PDF of {@code list} laid out as {@code table}, with {@code sha256} of its canonical bytes, labelled in {@code locale}. */
    public static void write(ListDocument list, Table table, String sha256, Locale locale, OutputStream out) {
        ResourceBundle labels = ResourceBundle.getBundle("org.repatria.lists.export.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            BaseFont base = font();
            Font small = new Font(base, 8);
            Font normal = new Font(base, 10);
            PdfWriter.getInstance(document, out);
            String title = cut(list.title()); // the caller should have cut the rows already (Printable)
            String author = cut(list.author());
            document.addTitle(title);
            document.addAuthor(author);
            HeaderFooter footer = new HeaderFooter(new Phrase(title + " · SHA-256 " + sha256.substring(0, 16)
                    + "… · " + labels.getString("page") + " ", small), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph(title, new Font(base, 14)));
            document.add(new Paragraph(labels.getString("author") + ": " + author + "    " + labels.getString("date") + ": "
                    + list.date() + "    " + labels.getString("rows") + ": " + table.rows().size(), normal));
            document.add(new Paragraph(labels.getString("sha256") + ": " + sha256, small));
            document.add(new Paragraph(" ", small));
            document.add(rows(table, labels, small));
            document.add(new Paragraph(" ", normal));
            document.add(signatures(labels, normal));
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF layout failed: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    private static PdfPTable rows(Table table, ResourceBundle labels, Font font) throws DocumentException {
        PdfPTable pdf = new PdfPTable(WIDTHS);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (String label : List.of("no", "id", "name", "sex", "birth_date", "birth_place", "military_id", "rank",
                "unit", "category")) {
            pdf.addCell(new PdfPCell(new Phrase(labels.getString(label), font)));
        }
        int number = 0;
        for (List<String> row : table.rows()) {
            pdf.addCell(new Phrase(Integer.toString(++number), font));
            for (int column : COLUMNS) {
                String text = column == 1 ? name(row) : cut(row.get(column));
                pdf.addCell(new Phrase(text, font));
            }
        }
        return pdf;
    }

    /** The name as written and, when that is not already Latin, the passport Latin on the next line. */
    private static String name(List<String> row) {
        String written = cut(String.join(" ", row.subList(1, 4)).strip().replaceAll(" +", " "));
        String latin = cut(String.join(" ", row.subList(4, 7)).strip().replaceAll(" +", " "));
        return latin.equals(written) || latin.isEmpty() ? written : written + "\n" + latin;
    }

    /** {@code text} cut to {@link #PRINTED} characters (never inside a surrogate pair), ending in "…" when cut. */
    static String cut(String text) {
        if (text.length() <= PRINTED) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(PRINTED - 1)) ? PRINTED - 1 : PRINTED;
        return text.substring(0, end) + "…";
    }

    private static PdfPTable signatures(ResourceBundle labels, Font font) {
        PdfPTable block = new PdfPTable(2);
        block.setWidthPercentage(100);
        for (String side : List.of("for_author", "for_mediator")) {
            StringBuilder text = new StringBuilder(labels.getString(side)).append("\n\n");
            for (String line : List.of("sign_name", "sign_position", "sign_signature", "sign_date")) {
                text.append(labels.getString(line)).append(": ______________________________\n\n");
            }
            PdfPCell cell = new PdfPCell(new Phrase(text.toString(), font));
            cell.setPadding(8);
            block.addCell(cell);
        }
        return block;
    }

    private static BaseFont font() throws DocumentException {
        try (InputStream in = PdfExport.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the jar");
            }
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded font " + FONT, e);
        }
    }
}
