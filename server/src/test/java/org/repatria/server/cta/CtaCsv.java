package org.repatria.server.cta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: reads an RFC 4180 CSV (a leading byte-order mark, CRLF, quoted fields) into records of cells. */
final class CtaCsv {
    private CtaCsv() {
    }

    /** Every record, the header first. */
    static List<List<String>> records(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return out;
    }

    /** The data records as maps from the header's names to the cells. */
    static List<Map<String, String>> rows(String text) {
        List<List<String>> all = records(text);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : all.subList(1, all.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < all.getFirst().size(); i++) {
                row.put(all.getFirst().get(i), r.get(i));
            }
            out.add(row);
        }
        return out;
    }
}
