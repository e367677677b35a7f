package org.repatria.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.repatria.lists.export.PdfExport;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.store.exchange.Discrepancy;
import org.repatria.store.exchange.StoredAct;

/**
 * The agreement's PDF report, its words in English, Ukrainian and Russian: terms, progress by state, each tranche's counts per
 * side, the acts with their documents, and the discrepancies (persons named only for readers who see them). Uses the
 * DejaVu Sans font the list exports embed, so Cyrillic prints anywhere.
 */
final class ReportPdf {
    private static final String FONT = "DejaVuSans.ttf";

    private ReportPdf() {
    }

    static byte[] write(AcceptedAgreement loaded, AgreementReply agreement, Optional<PlanVersions.Version> plan, List<StoredAct> acts,
                        List<Discrepancy> discrepancies, boolean persons) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            BaseFont base = font();
            Font title = new Font(base, 14);
            Font normal = new Font(base, 9);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Agreement " + agreement.id());
            doc.open();
            doc.add(new Paragraph(ThreeLanguages.of("Agreement", "Угода", "Соглашение") + " " + agreement.id() + " — "
                    + ThreeLanguages.term("state", agreement.state()), title));
            doc.add(new Paragraph(agreement.first() + " ⇄ " + agreement.second() + " · "
                    + ThreeLanguages.of("mediator", "посередник", "посредник") + " " + agreement.mediator(), normal));
            doc.add(new Paragraph(ThreeLanguages.of("Terms", "Умови", "Условия"), title));
            doc.add(new Paragraph(agreement.text(), normal));
            doc.add(new Paragraph(ThreeLanguages.of("Progress", "Перебіг", "Ход"), title));
            doc.add(table(normal, List.of(ThreeLanguages.of("State", "Стан", "Состояние"), ThreeLanguages.of("Persons", "Осіб", "Лиц")), agreement.progress().entrySet().stream()
                    .map(e -> List.of(ThreeLanguages.term("person", e.getKey()), String.valueOf(e.getValue()))).toList()));
            plan.ifPresent(v -> {
                doc.add(new Paragraph(ThreeLanguages.of("Tranches", "Етапи", "Этапы") + " (" + ThreeLanguages.of("plan", "план", "план")
                        + " " + v.stored().number() + ")", title));
                doc.add(table(normal, List.of("№", ThreeLanguages.of("Date", "Дата", "Дата"), ThreeLanguages.of("Crossing", "Пункт", "Пункт"),
                                ThreeLanguages.of("Persons by side", "Осіб за сторонами", "Лиц по сторонам")),
                        v.plan().tranches().stream().map(t -> List.of(String.valueOf(t.number()), t.slot().date().toString(),
                                t.slot().crossing(), sides(t.placements().stream()
                                        .map(p -> p.nominee().holder().value()).toList()))).toList()));
            });
            doc.add(new Paragraph(ThreeLanguages.of("Handover acts", "Акти передачі", "Акты передачи"), title));
            doc.add(table(normal, List.of(ThreeLanguages.of("Tranche", "Етап", "Этап"), ThreeLanguages.of("Document", "Документ", "Документ")), acts.stream()
                    .map(a -> List.of(String.valueOf(a.tranche()), a.envelopeId())).toList()));
            doc.add(new Paragraph(ThreeLanguages.of("Discrepancies", "Розбіжності", "Расхождения"), title));
            doc.add(table(normal, List.of(ThreeLanguages.of("Tranche", "Етап", "Этап"), ThreeLanguages.of("Kind", "Вид", "Вид"),
                    ThreeLanguages.of("Detail", "Опис", "Описание")), discrepancies.stream()
                    .map(d -> List.of(String.valueOf(d.tranche()), ThreeLanguages.term("discrepancy", d.kind()), persons ? d.detail() : "—")).toList()));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the report of agreement " + loaded.id() + ": "
                    + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static String sides(List<String> holders) {
        Map<String, Long> counts = new TreeMap<>(holders.stream().collect(Collectors.groupingBy(h -> h, Collectors.counting())));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static PdfPTable table(Font font, List<String> header, List<List<String>> rows) {
        PdfPTable t = new PdfPTable(header.size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        header.forEach(h -> t.addCell(new Paragraph(h, font)));
        t.setHeaderRows(1);
        rows.forEach(r -> r.forEach(c -> t.addCell(new Paragraph(c, font))));
        return t;
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
