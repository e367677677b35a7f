package org.repatria.server.child;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.repatria.server.error.HttpProblem;

/** What a child's photograph must be: a JPEG or PNG image, at most 2 MiB and 6,000 pixels a side, that decodes. */
final class Photographs {
    /** The most bytes a photograph may have. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most pixels on either side. */
    static final int MAX_SIDE = 6000;
    /** The most photographs one case holds. */
    static final int MAX_PER_CASE = 20;

    private Photographs() {
    }

    /**
     * The media type of {@code bytes} ({@code image/jpeg} or {@code image/png}).
     *
     * @throws HttpProblem 400 (field {@code photo}) when empty, too large, not a JPEG or PNG, too big or not decodable
     */
    static String mediaType(byte[] bytes) {
        if (bytes.length == 0) {
            throw HttpProblem.invalid("photo", "is empty; choose a JPEG or PNG image");
        }
        if (bytes.length > MAX_BYTES) {
            throw HttpProblem.invalid("photo", "is " + bytes.length + " bytes; at most " + MAX_BYTES + " (2 MiB): send a smaller image");
        }
        String type = isPng(bytes) ? "image/png" : isJpeg(bytes) ? "image/jpeg" : "";
        if (type.isEmpty()) {
            throw HttpProblem.invalid("photo", "is not a JPEG or PNG image");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw HttpProblem.invalid("photo", "cannot be read as an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE) {
                    throw HttpProblem.invalid("photo", "is " + w + "x" + h + " pixels; at most " + MAX_SIDE + " a side");
                }
                if (reader.read(0) == null) {
                    throw HttpProblem.invalid("photo", "cannot be read as an image");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof HttpProblem p) {
                throw p;
            }
            throw HttpProblem.invalid("photo", "cannot be read as an image (" + e.getMessage() + ")");
        }
        return type;
    }

    private static boolean isPng(byte[] b) {
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if (b[i] != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }
}
