package org.repatria.server.figures;

import java.util.Arrays;
import java.util.Optional;

/** The figures across exchanges, each a chart, a table and its exports; {@link #token} names it in addresses. */
public enum Figure {
    /** Persons handed over per tranche and cumulative, by side and category. */
    HANDOVERS("handovers"),
    /** Per exchange and side: handed over, exempt from parity, counted for parity. */
    PARITY("parity"),
    /** Request rows still waiting, by days since their list was relayed. */
    REQUESTS_AGE("requests-age"),
    /** Per month of relay: rows asked, rows answered so far, and the rate. */
    ANSWER_RATE("answer-rate"),
    /** Per remains exchange: bodies received, bags sampled, bodies identified. */
    REMAINS("remains");

    private final String token;

    Figure(String token) {
        this.token = token;
    }

    /** The lower-case name in the figure's export address, e.g. {@code requests-age}. */
    public String token() {
        return token;
    }

    /** The figure named {@code token}; empty when there is none. */
    public static Optional<Figure> ofToken(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equals(token)).findFirst();
    }
}
