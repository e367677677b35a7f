package org.repatria.server.exchange;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.repatria.core.document.EntryKind;
import org.repatria.core.handover.ActLine;

/**
 * Lays out a printed handover act on A4 (docs/decisions/0177): English, Ukrainian and Russian in three columns under
 * their headings on every page, a line without words to translate across all three, each section's first line shaded;
 * then one block per log entry of each signature with its QR code ({@link EntryQr}); header and page numbers are
 * stamped on every page afterwards ({@link ActPdfPages}). The text is in the DejaVu Sans the list exports embed.
 */
final class ActPdf {
    static final String ENGLISH = "English";
    static final String UKRAINIAN = "Українська";
    static final String RUSSIAN = "Русский";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final float QR_SIZE = 96;
    private static final java.awt.Color SHADE = new java.awt.Color(0xE8, 0xE8, 0xE8);

    private ActPdf() {
    }

    /** What the act's PDF shows: the act's lines, the log entries of its signatures, the signed text's hash. */
    record Sheet(String agreement, int tranche, boolean complete, List<ActLine> lines, List<Signer> signers,
                 String textSha256, OptionalLong actIndex) {
    }

    /** One log entry on a signature: its step, the party, the account or party name, key custody, time, index, leaf. */
    record Signer(EntryKind kind, String party, String name, String custody, Instant when, long index, String leafHex,
                  String envelopeId) {
    }

    static byte[] write(Sheet sheet) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 54, 48);
        try {
            BaseFont base = ActPdfPages.font();
            Font normal = new Font(base, 8);
            Font heading = new Font(base, 10);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Handover act " + sheet.agreement() + " tranche " + sheet.tranche());
            doc.open();
            doc.add(lines(sheet, normal, heading));
            doc.add(new Paragraph(ThreeLanguages.of("Signatures and their log entries", "Підписи та їхні записи в журналі",
                    "Подписи и их записи в журнале"), heading));
            if (sheet.signers().isEmpty()) {
                doc.add(new Paragraph(ThreeLanguages.of("Nobody has signed yet.", "Ще ніхто не підписав.",
                        "Ещё никто не подписал."), normal));
            }
            for (Signer s : sheet.signers()) {
                doc.add(block(writer, s, normal));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the act of agreement " + sheet.agreement() + " tranche "
                    + sheet.tranche() + ": " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return ActPdfPages.stamp(out.toByteArray(), sheet);
    }

    /** The act's lines under the three languages' headings (repeated on each page), after what identifies the text. */
    private static PdfPTable lines(Sheet sheet, Font normal, Font heading) {
        PdfPTable t = new PdfPTable(3);
        t.setWidthPercentage(100);
        t.setSpacingAfter(10);
        for (String language : List.of(ENGLISH, UKRAINIAN, RUSSIAN)) {
            t.addCell(cell(language, heading, 1, true));
        }
        t.setHeaderRows(1);
        t.addCell(cell(ThreeLanguages.of("SHA-256 of the signed text", "SHA-256 підписаного тексту",
                "SHA-256 подписанного текста") + ": " + sheet.textSha256(), normal, 3, false));
        String index = sheet.actIndex().isPresent() ? String.valueOf(sheet.actIndex().getAsLong()) : "";
        if (sheet.complete() && !index.isEmpty()) {
            three(t, normal, "Log index of the document completing the act: " + index,
                    "Індекс у журналі документа, що завершив акт: " + index,
                    "Индекс в журнале документа, завершившего акт: " + index);
        } else {
            three(t, normal, "DRAFT: not yet signed by both sides and relayed", "ПРОЄКТ: ще не підписаний обома сторонами",
                    "ПРОЕКТ: ещё не подписан обеими сторонами");
        }
        three(t, normal, "This PDF renders the signed act for print. The signed act is its UTF-8 text, whose SHA-256 is"
                        + " above; the signatures are on the log.",
                "Цей PDF відтворює підписаний акт для друку. Підписаний акт — це його текст у UTF-8, SHA-256 якого"
                        + " наведено вище; підписи — в журналі.",
                "Этот PDF воспроизводит подписанный акт для печати. Подписанный акт — это его текст в UTF-8, SHA-256"
                        + " которого приведён выше; подписи — в журнале.");
        boolean sectionStarts = true;
        for (ActLine l : sheet.lines()) {
            if (l.blank()) {
                t.addCell(cell(" ", normal, 3, false));
                sectionStarts = true;
                continue;
            }
            Font f = sectionStarts ? heading : normal;
            if (l.untranslated()) {
                t.addCell(cell(l.english(), f, 3, sectionStarts));
            } else {
                t.addCell(cell(l.english(), f, 1, sectionStarts));
                t.addCell(cell(l.ukrainian(), f, 1, sectionStarts));
                t.addCell(cell(l.russian(), f, 1, sectionStarts));
            }
            sectionStarts = false;
        }
        return t;
    }

    private static void three(PdfPTable t, Font f, String english, String ukrainian, String russian) {
        t.addCell(cell(english, f, 1, false));
        t.addCell(cell(ukrainian, f, 1, false));
        t.addCell(cell(russian, f, 1, false));
    }

    private static PdfPCell cell(String text, Font f, int span, boolean shaded) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setColspan(span);
        c.setPadding(2.5f);
        if (shaded) {
            c.setBackgroundColor(SHADE);
        }
        return c;
    }

    /** One log entry: who did what when, with its index and leaf hash in words and as a QR code. */
    private static PdfPTable block(PdfWriter writer, Signer s, Font f) {
        PdfPTable t = new PdfPTable(new float[] {4, 1});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setKeepTogether(true);
        Paragraph words = new Paragraph(role(s.kind()) + "\n", f);
        words.add(new Phrase(ThreeLanguages.of("Party", "Сторона", "Сторона") + ": " + s.party() + "\n", f));
        words.add(new Phrase(ThreeLanguages.of("Name", "Ім'я", "Имя") + ": " + s.name() + "\n", f));
        words.add(new Phrase(ThreeLanguages.of("When", "Коли", "Когда") + ": " + WHEN.format(s.when()) + "\n", f));
        words.add(new Phrase(ThreeLanguages.of("Key", "Ключ", "Ключ") + ": " + s.custody() + "\n", f));
        words.add(new Phrase(ThreeLanguages.of("Document", "Документ", "Документ") + ": " + s.envelopeId() + "\n", f));
        words.add(new Phrase(ThreeLanguages.of("Log index", "Індекс у журналі", "Индекс в журнале") + ": " + s.index()
                + "\n", f));
        words.add(new Phrase(ThreeLanguages.of("Leaf hash", "Хеш запису", "Хеш записи") + ": " + s.leafHex(), f));
        PdfPCell left = new PdfPCell(words);
        left.setPadding(4);
        t.addCell(left);
        PdfPCell qr = new PdfPCell(EntryQr.draw(writer.getDirectContent(), EntryQr.payload(s.index(), s.leafHex()),
                QR_SIZE), false);
        qr.setPadding(2);
        t.addCell(qr);
        return t;
    }

    private static String role(EntryKind kind) {
        return switch (kind) {
            case SUBMITTED -> ThreeLanguages.of("Party: signed the act", "Сторона: підписала акт", "Сторона: подписала акт");
            case RELAYED -> ThreeLanguages.of("Mediator: relayed the signed act", "Посередник: передав підписаний акт",
                    "Посредник: передал подписанный акт");
            case ACKNOWLEDGED -> ThreeLanguages.of("Addressee: acknowledged receipt", "Адресат: підтвердив отримання",
                    "Адресат: подтвердил получение");
        };
    }
}
