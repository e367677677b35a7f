package org.repatria.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures: list files made by the test, as CSV text in a chosen encoding or as XLSX built cell by cell. */
final class Sheets {
    private Sheets() {
    }

    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    /** An XLSX workbook whose first sheet has {@code rows} (cells as text; a cell starting with "=" is a formula). */
    static byte[] xlsx(List<List<String>> rows, java.util.function.Consumer<Sheet> extra) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Список");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (!text.isEmpty()) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            extra.accept(sheet);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult.Accepted accepted(ImportResult result) {
        if (result instanceof ImportResult.Accepted accepted) {
            return accepted;
        }
        throw new AssertionError("expected the list to be accepted, but: " + describe(result));
    }

    static ImportResult.Rejected rejected(ImportResult result) {
        if (result instanceof ImportResult.Rejected rejected) {
            return rejected;
        }
        throw new AssertionError("expected the list to be rejected, but it was accepted: " + describe(result));
    }

    static String describe(ImportResult result) {
        return result.problems().stream().map(p -> p.row() + "," + p.column() + "," + p.severity() + "," + p.code() + p.args())
                .toList().toString();
    }
}
