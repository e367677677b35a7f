package org.repatria.core.count;

import java.util.Locale;

/** Where a tranche's remains are counted, in order; who states each count. */
public enum Stage {
    /** Declared by the handing side before the crossing. */
    DECLARED(true),
    /** Counted by the receiving side at the crossing. */
    CROSSING(false),
    /** Received and counted by the receiving side at the morgue. */
    MORGUE(false);

    private final boolean handingSide;

    Stage(boolean handingSide) {
        this.handingSide = handingSide;
    }

    /** Whether the handing side states this count (else the receiving side does). */
    public boolean statedByHandingSide() {
        return handingSide;
    }

    /** The lower-case name written in a count's text and the API. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage named {@code token}; {@link CountException} naming the three when it is none of them. */
    public static Stage of(String token) {
        String t = token == null ? "" : token.strip().toUpperCase(Locale.ROOT);
        for (Stage s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new CountException("stage", "'" + abbreviate(token) + "' is not a stage: use declared, crossing or morgue");
    }

    static String abbreviate(String raw) {
        String s = raw == null ? "" : raw;
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
