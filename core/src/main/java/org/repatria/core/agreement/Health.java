package org.repatria.core.agreement;

/**
 * A nominee's state of health as the nominating party classifies it (the list's free-text HEALTH detail is only a
 * hint). Decides parity exemption (GC III art. 109) and whether a stretcher is needed.
 */
public enum Health {
    /** Can travel seated; no medical need. */
    FIT("fit"),
    /** Wounded but can travel seated. */
    WOUNDED("wounded"),
    /** Seriously wounded or sick (GC III arts. 109-110): travels on a stretcher, repatriated regardless of number. */
    SERIOUSLY_WOUNDED_OR_SICK("seriously-wounded-or-sick"),
    /** Remains: a state of health does not apply. */
    NOT_APPLICABLE("not-applicable");

    private final String token;

    Health(String token) {
        this.token = token;
    }

    /** The lower-case name written in canonical texts. */
    public String token() {
        return token;
    }
}
