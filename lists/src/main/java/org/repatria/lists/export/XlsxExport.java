package org.repatria.lists.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.repatria.lists.ListDocument;

/**
 * A table as an XLSX workbook, written with POI's streaming SXSSF (a window of rows in memory, the
 * rest flushed to a temporary file). Every cell is text, so ids and partial dates stay as written.
 */
public final class XlsxExport {
    private static final int WINDOW = 200;

    private XlsxExport() {
    }

    /** Writes {@code table} of {@code list} to {@code out}, the header in bold and frozen. */
    public static void write(ListDocument list, Table table, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(list.title());
            book.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(list.author());
            SXSSFSheet sheet = book.createSheet("list");
            XSSFCellStyle bold = (XSSFCellStyle) book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            row(sheet, 0, table.header()).forEach(c -> c.setCellStyle(bold));
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < table.rows().size(); i++) {
                row(sheet, i + 1, table.rows().get(i));
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    /**
     * {@code text}, or, longer than a cell can hold (32,767 characters: a field stored before the import limits of
     * docs/decisions/0163), its start ending in "…"; POI would refuse the whole workbook.
     */
    static String fitting(String text) {
        int max = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }

    private static List<org.apache.poi.ss.usermodel.Cell> row(SXSSFSheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        java.util.ArrayList<org.apache.poi.ss.usermodel.Cell> made = new java.util.ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            if (!cells.get(c).isEmpty()) {
                cell.setCellValue(fitting(cells.get(c)));
            }
            made.add(cell);
        }
        return made;
    }
}
