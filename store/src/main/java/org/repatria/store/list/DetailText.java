package org.repatria.store.list;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;

/**
 * A person's detail fields as one text column of {@code list_rows}: a line {@code field=value} per
 * field given, in the enum's order, the value escaped ({@code \\} and line breaks); dates in ISO form.
 * One column rather than a table: details are read and written with their row, never queried alone.
 */
final class DetailText {
    private DetailText() {
    }

    static String write(Details details) {
        StringBuilder out = new StringBuilder();
        details.values().forEach((field, value) -> out.append(out.isEmpty() ? "" : "\n")
                .append(field.name().toLowerCase(Locale.ROOT)).append('=').append(escape(value.display())));
        return out.toString();
    }

    static Details read(String text) {
        if (text == null || text.isEmpty()) {
            return Details.none();
        }
        Map<DetailField, DetailValue> values = new EnumMap<>(DetailField.class);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            DetailField field = DetailField.valueOf(line.substring(0, eq).toUpperCase(Locale.ROOT));
            String value = unescape(line.substring(eq + 1));
            values.put(field, field.kind() == DetailField.Kind.DATE ? new DetailValue.Date(PartialDate.parseIso(value))
                    : new DetailValue.Text(value));
        }
        return new Details(values);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
