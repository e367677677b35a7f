package org.repatria.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Draws the demo's children's photographs as plain images: a coloured background and a silhouette, sized by the
 * child's age, 72 by 90 pixels, a PNG of a few hundred bytes. Shapes only, no text, so no font is needed and a
 * headless machine draws the same picture. Nobody's likeness.
 */
final class Portraits {
    static final int WIDTH = 72;
    static final int HEIGHT = 90;

    private Portraits() {
    }

    /** A silhouette on a background whose colours come from {@code rng}; {@code age} (0-17) sets the head's size. */
    static byte[] draw(int age, SplittableRandom rng) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            float hue = rng.nextFloat();
            g.setColor(Color.getHSBColor(hue, 0.25f, 0.95f));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.45f, 0.45f + 0.2f * rng.nextFloat()));
            double head = 24 + Math.max(0, 17 - age) * 0.6;
            g.fill(new Ellipse2D.Double((WIDTH - head) / 2, 18, head, head * 1.15));
            double shoulders = 40 + age * 1.5;
            g.fill(new RoundRectangle2D.Double((WIDTH - shoulders) / 2, 20 + head * 1.15, shoulders, HEIGHT, 24, 24));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return png.toByteArray();
    }
}
