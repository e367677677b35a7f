package org.repatria.lists.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an XLSX workbook, streamed through POI's SAX event API so that a sheet of
 * 100,000 rows never becomes a tree in memory. Formula cells give their last computed value and a note. Before POI
 * reads anything, the unpacked size of every part the workbook declares is checked ({@link WorkbookParts}); POI's own
 * zip limits, which also catch a part that unpacks to more than it declares, are set here. Reading stops once the sink
 * wants no more rows.
 */
final class XlsxSheet {
    static {
        ZipSecureFile.setMaxEntrySize(WorkbookParts.MAX_UNPACKED_PART);
        ZipSecureFile.setMinInflateRatio(WorkbookParts.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxFileCount(WorkbookParts.MAX_PARTS);
    }

    private XlsxSheet() {
    }

    static void read(byte[] bytes, RowSink sink) throws UnreadableSheetException {
        Path copy = null;
        try {
            // From a file POI inflates each part as it is read; from a stream it would hold every part inflated.
            copy = Files.createTempFile("repatria-list-", ".xlsx");
            Files.write(copy, bytes);
            WorkbookParts.check(copy);
            read(copy, sink);
        } catch (IOException e) {
            throw new UnreadableSheetException("xlsx.broken", "cannot write a temporary copy: " + e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                copy.toFile().deleteOnExit();
            }
        }
    }

    private static void read(Path file, RowSink sink) throws UnreadableSheetException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableSheetException("xlsx.no-sheet", "", null);
            }
            try (InputStream sheet = sheets.next()) {
                Rows rows = new Rows(sink);
                FormulaSpotter spotter = new FormulaSpotter(rows);
                XMLReader parser = XMLHelper.newXMLReader();
                spotter.delegate(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                parser.setContentHandler(spotter);
                try {
                    parser.parse(new InputSource(sheet));
                    rows.flush();
                } catch (Enough e) {
                    // the sink has seen enough rows to decide
                }
            }
        } catch (UnreadableSheetException e) {
            throw e;
        } catch (Exception | StackOverflowError e) { // POI reports a broken workbook in many ways
            if (zipBomb(e)) {
                throw new UnreadableSheetException("xlsx.zip-bomb", 0, e,
                        Long.toString(Math.round(1 / WorkbookParts.MIN_INFLATE_RATIO)),
                        String.format(java.util.Locale.ROOT, "%,d", WorkbookParts.MAX_UNPACKED_PART));
            }
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableSheetException("xlsx.broken", detail.length() > 200 ? detail.substring(0, 200) : detail, e);
        }
    }

    /** Whether POI refused a part for unpacking beyond its ratio or size limits (ZipSecureFile). */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("exceeded the max entry size")
                    || message.contains("exceeds the maximum allowed"))) {
                return true;
            }
        }
        return false;
    }

    /** Ends the parse once the sink wants no more rows. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough rows", null, false, false);
        }
    }

    /** Collects the cells of each row and hands complete rows on. */
    static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final CellText check;
        private final List<String> cells = new ArrayList<>();
        private final List<CellNote> notes = new ArrayList<>();
        private int rowNumber = -1;
        private int formulaColumn = -1;

        Rows(RowSink sink) {
            this.sink = sink;
            this.check = new CellText(sink);
        }

        void formulaAt(int column) {
            formulaColumn = column;
        }

        @Override
        public void startRow(int rowNum) {
            flush();
            if (!sink.wantsMore()) {
                throw new Enough();
            }
            rowNumber = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            // Rows are flushed on the next start, so a row's cells always arrive complete.
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column < 0 || column > 16_383) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String text = check.checked(column, value == null ? "" : value, notes);
            if (column == formulaColumn) {
                boolean error = text.startsWith("ERROR:");
                notes.add(new CellNote(column, error ? "cell.formula-error" : "cell.formula",
                        error ? text.substring(6) : text));
                formulaColumn = -1;
            }
            if (column < cells.size()) {
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }

        void flush() {
            if (rowNumber > 0) {
                sink.row(rowNumber, List.copyOf(cells), List.copyOf(notes));
            }
            cells.clear();
            notes.clear();
            rowNumber = -1;
        }
    }
}
