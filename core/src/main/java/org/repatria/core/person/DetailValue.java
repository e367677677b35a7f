package org.repatria.core.person;

import java.util.Objects;

/** The normalized value of one detail field: text, or a partial date. */
public sealed interface DetailValue {

    /** A text value; never blank. */
    record Text(String value) implements DetailValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    /** A date at the precision the list gave. */
    record Date(PartialDate value) implements DetailValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value.iso();
        }
    }

    /** The value as written in an export: the text, or the date in ISO form. */
    String display();
}
