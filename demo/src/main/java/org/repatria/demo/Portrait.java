package org.repatria.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** A photograph in a child's case: a small generated PNG (a coloured silhouette), its media type and caption. */
public record Portrait(byte[] png, String caption) {
    /** The media type of every generated photograph. */
    public static final String MEDIA_TYPE = "image/png";

    public Portrait {
        png = Objects.requireNonNull(png, "png").clone();
        Objects.requireNonNull(caption, "caption");
    }

    /** A copy of the image bytes. */
    @Override
    public byte[] png() {
        return png.clone();
    }

    /** The SHA-256 of the image, in lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Portrait p && Arrays.equals(png, p.png) && caption.equals(p.caption);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + caption.hashCode();
    }

    @Override
    public String toString() {
        return "Portrait[" + png.length + " bytes, " + caption + "]";
    }
}
