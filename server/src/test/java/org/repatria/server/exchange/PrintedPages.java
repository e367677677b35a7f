package org.repatria.server.exchange;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads a printed act back for tests: its text page by page (OpenPDF) and every QR code on its pages (PDFBox, zxing). */
final class PrintedPages {
    private PrintedPages() {
    }

    /** The text of each page, first page first, as OpenPDF's extractor reads it. */
    static List<String> texts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            pages.add(extractor.getTextFromPage(i));
        }
        return pages;
    }

    /** The text every QR code holds, from each page rendered at 200 dpi. */
    static List<String> qrCodes(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                        image.getHeight(), pixels)));
                try {
                    for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                        found.add(r.getText());
                    }
                } catch (NotFoundException none) {
                    // a page without QR codes
                }
            }
        }
        return found;
    }
}
