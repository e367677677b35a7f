package org.repatria.core.agreement;

import java.util.regex.Pattern;

/** An agreement's identifier, stable across every proposal and counter-proposal of its text. */
public record AgreementId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public AgreementId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new AgreementException("an agreement id must be 1-64 ASCII letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
