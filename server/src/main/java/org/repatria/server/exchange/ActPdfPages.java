package org.repatria.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.repatria.lists.export.PdfExport;

/**
 * The header and the page numbers of a printed act, stamped on every page once the pages are known (so each says
 * "page n of N"), in the embedded DejaVu Sans the list exports carry.
 */
final class ActPdfPages {
    private static final String FONT = "DejaVuSans.ttf";
    private static final byte[] FONT_BYTES = fontBytes();

    private ActPdfPages() {
    }

    /** The font, embedded, with Identity-H encoding so every Cyrillic letter prints and extracts back. */
    static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, FONT_BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded font " + FONT, e);
        }
    }

    /** {@code pdf} with the act's header at the top and its page number at the foot of every page. */
    static byte[] stamp(byte[] pdf, ActPdf.Sheet sheet) {
        var out = new ByteArrayOutputStream();
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = new PdfStamper(reader, out);
            Font f = new Font(font(), 7.5f);
            int pages = reader.getNumberOfPages();
            String header = ThreeLanguages.of("Handover act", "Акт передачі", "Акт передачи") + " · " + sheet.agreement()
                    + " · " + ThreeLanguages.of("tranche", "етап", "этап") + " " + sheet.tranche() + " · SHA-256 "
                    + sheet.textSha256().substring(0, 16) + "…";
            for (int i = 1; i <= pages; i++) {
                Rectangle size = reader.getPageSize(i);
                PdfContentByte over = stamper.getOverContent(i);
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(header, f), 36, size.getTop() - 30, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(ThreeLanguages.of(
                        "Page " + i + " of " + pages, "Сторінка " + i + " з " + pages, "Страница " + i + " из " + pages),
                        f), size.getWidth() / 2, 24, 0);
            }
            stamper.close();
            reader.close();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("could not number the pages of the act of agreement " + sheet.agreement()
                    + " tranche " + sheet.tranche() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] fontBytes() {
        try (InputStream in = PdfExport.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the lists module's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded font " + FONT, e);
        }
    }
}
