package org.repatria.server.death;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.repatria.core.death.DeathRecordText;
import org.repatria.lists.export.PdfExport;
import org.repatria.store.death.StoredDeathRecord;

/**
 * A death record printed: a heading and each particular's label in English, Ukrainian and Russian (the desk's words,
 * {@code death.key.*}), its value as signed, and the envelope id that finds it on the log. The lists' DejaVu Sans font
 * is embedded, so Cyrillic prints anywhere.
 */
final class DeathRecordPdf {
    private static final String FONT = "DejaVuSans.ttf";
    private static final List<ResourceBundle> BUNDLES = List.of("en", "uk", "ru").stream()
            .map(tag -> ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(tag),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
            .toList();

    private DeathRecordPdf() {
    }

    static byte[] write(StoredDeathRecord r, DeathRecordText text, boolean relayed) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            BaseFont base = font();
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Death record " + r.envelopeId());
            doc.open();
            doc.add(new Paragraph(words("death.pdf.title"), new Font(base, 14)));
            Font normal = new Font(base, 9);
            doc.add(new Paragraph(words("death.pdf.articles"), normal));
            doc.add(new Paragraph(words("death.pdf.envelope") + ": " + r.envelopeId() + " · " + words("death.pdf.revision")
                    + " " + r.revision() + (relayed ? " · " + words("death.pdf.relayed") : ""), normal));
            PdfPTable t = new PdfPTable(new float[] {2, 3});
            t.setWidthPercentage(100);
            t.setSpacingBefore(8);
            List<String> values = text.values();
            for (int i = 0; i < DeathRecordText.KEYS.size(); i++) {
                t.addCell(new Paragraph(words("death.key." + DeathRecordText.KEYS.get(i)), normal));
                t.addCell(new Paragraph(values.get(i), normal));
            }
            doc.add(t);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out death record " + r.envelopeId() + ": " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    /** The words of {@code key} in the three languages, separated by slashes. */
    static String words(String key) {
        return String.join(" / ", BUNDLES.stream().map(b -> b.getString(key)).toList());
    }

    private static BaseFont font() {
        try (InputStream in = PdfExport.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the lists module's jar");
            }
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded font " + FONT, e);
        }
    }
}
