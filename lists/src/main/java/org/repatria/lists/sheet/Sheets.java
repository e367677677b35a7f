package org.repatria.lists.sheet;

import java.nio.charset.Charset;
import java.util.Optional;

/** Reads any list file: tells XLSX from CSV by its first bytes and streams the rows to a sink. */
public final class Sheets {
    private Sheets() {
    }

    /**
     * Streams the rows of {@code bytes} to {@code sink}. {@code encoding} overrides CSV character set
     * detection. Throws {@link UnreadableSheetException} when the file is empty, an old binary .xls,
     * another binary file, a broken workbook or one that unpacks too big, or text with bytes its character set cannot
     * hold (docs/decisions/0163).
     */
    public static SheetInfo read(byte[] bytes, Optional<Charset> encoding, RowSink sink) throws UnreadableSheetException {
        if (bytes.length == 0) {
            throw new UnreadableSheetException("file.empty", "", null);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            XlsxSheet.read(bytes, sink);
            return new SheetInfo(SheetFormat.XLSX, Optional.empty());
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableSheetException("file.old-excel", "", null);
        }
        DecodedText decoded = Encodings.decode(bytes, encoding);
        if (!CsvSheet.read(decoded, sink)) {
            throw new UnreadableSheetException("file.empty", "", null);
        }
        return new SheetInfo(SheetFormat.CSV, Optional.of(decoded.charset()));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
