package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.tranche.Basis;
import org.repatria.core.tranche.Capacity;
import org.repatria.core.tranche.DropOut;
import org.repatria.core.tranche.Placement;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.Slot;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;

/**
 * The canonical UTF-8 text of a tranche plan, which both sides sign: a header, then per tranche its number, date,
 * crossing, capacity, one line per placement (holder, list, basis, row id last so it may hold spaces) and the
 * planner's explanation. Deterministic: the same plan always gives the same bytes. Read back with the nominees.
 */
final class PlanText {
    static final String HEADER = "repatria-plan/v1";

    private PlanText() {
    }

    static byte[] render(Plan plan) {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("agreement ").append(plan.agreement()).append('\n');
        for (Tranche t : plan.tranches()) {
            Capacity c = t.slot().capacity();
            out.append("tranche ").append(t.number()).append('\n')
                    .append("date ").append(t.slot().date()).append('\n')
                    .append("crossing ").append(oneLine(t.slot().crossing())).append('\n')
                    .append("capacity ").append(c.seats()).append(' ').append(c.stretchers()).append(' ').append(c.wagons())
                    .append(' ').append(c.bodiesPerWagon()).append('\n');
            for (Placement p : t.placements()) {
                out.append("place ").append(p.nominee().holder()).append(' ').append(p.nominee().person().list()).append(' ')
                        .append(p.basis().name().toLowerCase(Locale.ROOT)).append(' ')
                        .append(oneLine(p.nominee().person().rowId()))
                        .append('\n');
            }
            t.explanation().forEach(line -> out.append("note ").append(oneLine(line)).append('\n'));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a text this class rendered; the nominees give each placement its person, drop-outs are the plan's. */
    static Plan parse(byte[] text, Map<PersonRef, Nominee> nominees, List<DropOut> dropOuts) {
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n");
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].startsWith("agreement ")) {
            throw new IllegalStateException("a stored plan is not a " + HEADER + " text");
        }
        AgreementId agreement = new AgreementId(lines[1].substring("agreement ".length()));
        List<Tranche> tranches = new ArrayList<>();
        int i = 2;
        while (i < lines.length) {
            int number = Integer.parseInt(value(lines[i++], "tranche"));
            LocalDate date = LocalDate.parse(value(lines[i++], "date"));
            String crossing = value(lines[i++], "crossing");
            String[] cap = value(lines[i++], "capacity").split(" ");
            Slot slot = new Slot(date, crossing, new Capacity(Integer.parseInt(cap[0]), Integer.parseInt(cap[1]),
                    Integer.parseInt(cap[2]), Integer.parseInt(cap[3])));
            List<Placement> placements = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (; i < lines.length && !lines[i].startsWith("tranche "); i++) {
                if (lines[i].startsWith("note ")) {
                    notes.add(lines[i].substring("note ".length()));
                } else {
                    placements.add(placement(value(lines[i], "place"), nominees));
                }
            }
            tranches.add(new Tranche(number, slot, placements, notes));
        }
        return new Plan(agreement, tranches, List.of(), dropOuts);
    }

    private static Placement placement(String line, Map<PersonRef, Nominee> nominees) {
        String[] f = line.split(" ", 4);
        PersonRef ref = new PersonRef(new ListId(UUID.fromString(f[1])), f[3]);
        Nominee n = nominees.get(ref);
        if (n == null) {
            throw new IllegalStateException("a stored plan places " + ref + ", who is no nominee of the agreement");
        }
        return new Placement(n, Basis.valueOf(f[2].toUpperCase(Locale.ROOT)));
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new IllegalStateException("a stored plan has '" + line + "' where '" + key + "' belongs");
        }
        return line.substring(key.length() + 1);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** A date from a request; 400 naming the field when it is not YYYY-MM-DD. */
    static LocalDate date(String raw, String field) {
        try {
            return LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            throw HttpProblem.invalid(field, "give the date as YYYY-MM-DD, not '" + raw + "'");
        }
    }
}
