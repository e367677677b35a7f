package org.repatria.server.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.repatria.lists.export.CsvExport;
import org.repatria.lists.export.PdfExport;
import org.repatria.lists.export.Table;

/**
 * A figure's table as a file in the reader's words: CSV (UTF-8, RFC 4180, the lists' export rules), XLSX (POI, a
 * number cell where the table holds digits) or PDF (OpenPDF with the embedded DejaVu Sans, so Cyrillic prints).
 */
public final class FigureFiles {
    private static final String FONT = "DejaVuSans.ttf";

    private FigureFiles() {
    }

    /** The table as CSV. */
    public static byte[] csv(Table table) {
        return CsvExport.write(table);
    }

    /** The table as a one-sheet workbook titled {@code title}: the header in bold and frozen, counts as numbers. */
    public static byte[] xlsx(String title, Table table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(title);
            Sheet sheet = book.createSheet("figure");
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.matches("-?\\d{1,15}")) {
                        row.createCell(c).setCellValue(Long.parseLong(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSX of " + title, e);
        }
    }

    /** The table printed on A4 under {@code title} and {@code subtitle} (who reads, when). */
    public static byte[] pdf(String title, String subtitle, Table table) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            BaseFont base = font();
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.open();
            doc.add(new Paragraph(title, new Font(base, 14)));
            doc.add(new Paragraph(subtitle, new Font(base, 9)));
            Font normal = new Font(base, 9);
            PdfPTable t = new PdfPTable(table.header().size());
            t.setWidthPercentage(100);
            t.setSpacingBefore(8);
            table.header().forEach(h -> t.addCell(new Paragraph(h, normal)));
            t.setHeaderRows(1);
            table.rows().forEach(r -> r.forEach(c -> t.addCell(new Paragraph(c, normal))));
            doc.add(t);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out " + title + ": " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
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
