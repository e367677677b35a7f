package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, drawn as inline SVG by the template: no script,
 * no library, readable without styles. Coordinates are in SVG user units.
 */
record BarChart(String title, List<Bar> bars, int width, int height) {
    static final int WIDTH = 560;
    private static final int LABEL = 170;
    private static final int VALUE = 80;
    private static final int ROW = 34;
    private static final int BAR = 22;

    /** One bar: its label, the value shown, and its rectangle. */
    record Bar(String label, String shown, long value, int y, int length, int textY) {
        int labelX() {
            return LABEL - 10;
        }

        int barX() {
            return LABEL;
        }

        int valueX() {
            return LABEL + length + 8;
        }

        int barHeight() {
            return BAR;
        }
    }

    /** A labelled value before layout. */
    record Item(String label, String shown, long value) {
    }

    static BarChart of(String title, List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        int span = WIDTH - LABEL - VALUE;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int length = max == 0 ? 0 : (int) Math.round((double) it.value() * span / max);
            int y = i * ROW + 6;
            bars.add(new Bar(it.label(), it.shown(), it.value(), y, Math.max(length, it.value() > 0 ? 2 : 0), y + BAR / 2 + 5));
        }
        return new BarChart(title, List.copyOf(bars), WIDTH, items.size() * ROW + 12);
    }
}
