package org.repatria.server.exchange;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.repatria.server.log.TransparencyLog;

/**
 * The QR code of one log entry on a printed act (docs/decisions/0177): the log's origin, the entry's index and its
 * RFC 6962 leaf hash, as short text a phone reads offline; drawn as vector squares, so it prints sharp at any size.
 */
final class EntryQr {
    /** The first line of the text the code holds; a new format gets a new version. */
    static final String HEADER = "repatria-log-entry/v1";
    /** Light modules around the code, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;

    private EntryQr() {
    }

    /** The text the code holds: header, {@code origin}, {@code index} and {@code leaf} (lower-case hex) lines. */
    static String payload(long index, String leafHex) {
        return HEADER + "\norigin " + TransparencyLog.ORIGIN + "\nindex " + index + "\nleaf " + leafHex + "\n";
    }

    /** The code of {@code payload} as a {@code size}-point square of filled rectangles, one per run of dark modules. */
    static Image draw(PdfContentByte canvas, String payload, float size) {
        ByteMatrix m = matrix(payload);
        int modules = m.getWidth() + 2 * QUIET_ZONE;
        float unit = size / modules;
        PdfTemplate square = canvas.createTemplate(size, size);
        square.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y) != 1) {
                    continue;
                }
                int run = x;
                while (run + 1 < m.getWidth() && m.get(run + 1, y) == 1) {
                    run++;
                }
                square.rectangle((QUIET_ZONE + x) * unit, size - (QUIET_ZONE + y + 1) * unit, (run - x + 1) * unit, unit);
                x = run;
            }
        }
        square.fill();
        try {
            return Image.getInstance(square);
        } catch (BadElementException e) {
            throw new IllegalStateException("could not place the QR code of " + payload.lines().skip(2).findFirst()
                    .orElse(payload), e);
        }
    }

    private static ByteMatrix matrix(String payload) {
        try {
            return Encoder.encode(payload, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("a log entry's QR text does not fit a QR code: " + payload, e);
        }
    }
}
