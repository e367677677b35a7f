package org.repatria.server.figures;

/**
 * How long a request row has waited since its list was relayed to the requested side, in whole days, in the buckets of
 * the figures across exchanges (docs/decisions/0180): under 7, 7 to 29, 30 to 89, 90 or more.
 */
public enum RequestAge {
    /** 0 to 6 days. */
    UNDER_7("0-6", 7),
    /** 7 to 29 days. */
    UNDER_30("7-29", 30),
    /** 30 to 89 days. */
    UNDER_90("30-89", 90),
    /** 90 days or more. */
    OVER_90("90+", Long.MAX_VALUE);

    private final String token;
    private final long below;

    RequestAge(String token, long below) {
        this.token = token;
        this.below = below;
    }

    /** The days it covers, e.g. {@code 7-29}. */
    public String token() {
        return token;
    }

    /** The bucket of a row that has waited {@code days} whole days (never negative). */
    public static RequestAge ofDays(long days) {
        for (RequestAge a : values()) {
            if (days < a.below) {
                return a;
            }
        }
        return OVER_90;
    }
}
