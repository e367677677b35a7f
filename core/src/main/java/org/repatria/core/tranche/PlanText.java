package org.repatria.core.tranche;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.repatria.core.agreement.AgreementId;

/**
 * The canonical text of a plan, so that an accepted plan can be signed as a document and read back: UTF-8, one record
 * per line, fields separated by tabs (a tab, newline or backslash inside a field is written {@code \t}, {@code \n},
 * {@code \\}); tranches in order, each with its explanation and placements, then the left-out nominees and drop-outs.
 */
public final class PlanText {
    static final String HEADER = "repatria-plan v1";

    private PlanText() {
    }

    /** The canonical bytes of a plan. */
    public static byte[] render(Plan plan) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        line(out, "agreement", plan.agreement().value());
        for (Tranche t : plan.tranches()) {
            Capacity c = t.slot().capacity();
            line(out, "tranche", Integer.toString(t.number()), t.slot().date().toString(), t.slot().crossing(),
                    Integer.toString(c.seats()), Integer.toString(c.stretchers()), Integer.toString(c.wagons()),
                    Integer.toString(c.bodiesPerWagon()));
            t.explanation().forEach(why -> line(out, "why", why));
            t.placements().forEach(p -> line(out, "place", NomineeFields.after(p.nominee(),
                    p.basis().name().toLowerCase(Locale.ROOT))));
        }
        plan.unplaced().forEach(u -> line(out, "unplaced", NomineeFields.after(u.nominee(), u.reason())));
        plan.dropOuts().forEach(d -> line(out, "dropout", NomineeFields.after(d.nominee(), Integer.toString(d.tranche()),
                d.reason().name().toLowerCase(Locale.ROOT))));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads canonical bytes back; {@link PlanningException} naming the line when they are not a canonical plan. */
    public static Plan parse(byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8);
        if (!s.startsWith(HEADER + "\n") || !s.endsWith("\n")) {
            throw new PlanningException("a plan text starts with the line \"" + HEADER + "\" and ends with a newline");
        }
        String[] lines = s.substring(0, s.length() - 1).split("\n", -1);
        PlanReader reader = new PlanReader();
        for (int i = 1; i < lines.length; i++) {
            try {
                reader.read(Arrays.stream(lines[i].split("\t", -1)).map(PlanText::unescape).toList());
            } catch (RuntimeException e) {
                throw new PlanningException("line " + (i + 1) + " of the plan text: " + e.getMessage());
            }
        }
        Plan plan = reader.plan();
        if (!Arrays.equals(render(plan), text)) {
            throw new PlanningException("the plan text is not in canonical form; render it again before signing");
        }
        return plan;
    }

    /** Builds the plan line by line, in the order {@link #render} writes it. */
    private static final class PlanReader {
        private AgreementId agreement;
        private final List<Tranche> tranches = new ArrayList<>();
        private Slot slot;
        private int number;
        private List<String> why = new ArrayList<>();
        private List<Placement> placed = new ArrayList<>();
        private final List<Unplaced> unplaced = new ArrayList<>();
        private final List<DropOut> dropOuts = new ArrayList<>();

        void read(List<String> f) {
            String kind = f.getFirst();
            if (agreement == null && !kind.equals("agreement")) {
                throw new PlanningException("expected the agreement line first, found \"" + kind + "\"");
            }
            switch (kind) {
                case "agreement" -> agreement = new AgreementId(field(f, 1, 2));
                case "tranche" -> {
                    close();
                    count(f, 8);
                    number = Integer.parseInt(f.get(1));
                    slot = new Slot(LocalDate.parse(f.get(2)), f.get(3), new Capacity(Integer.parseInt(f.get(4)),
                            Integer.parseInt(f.get(5)), Integer.parseInt(f.get(6)), Integer.parseInt(f.get(7))));
                }
                case "why" -> inTranche(kind).why.add(field(f, 1, 2));
                case "place" -> inTranche(kind).placed.add(new Placement(NomineeFields.read(f, 2),
                        Basis.valueOf(f.get(1).toUpperCase(Locale.ROOT))));
                case "unplaced" -> unplaced.add(new Unplaced(NomineeFields.read(f, 2), f.get(1)));
                case "dropout" -> dropOuts.add(new DropOut(NomineeFields.read(f, 3), Integer.parseInt(f.get(1)),
                        DropOut.Reason.valueOf(f.get(2).toUpperCase(Locale.ROOT))));
                default -> throw new PlanningException("unknown record \"" + kind
                        + "\"; expected agreement, tranche, why, place, unplaced or dropout");
            }
        }

        private PlanReader inTranche(String kind) {
            if (slot == null || !unplaced.isEmpty() || !dropOuts.isEmpty()) {
                throw new PlanningException("a " + kind + " line belongs under a tranche line");
            }
            return this;
        }

        private void close() {
            if (slot != null) {
                tranches.add(new Tranche(number, slot, placed, why));
                why = new ArrayList<>();
                placed = new ArrayList<>();
            }
        }

        Plan plan() {
            if (agreement == null) {
                throw new PlanningException("the plan text names no agreement");
            }
            close();
            slot = null;
            return new Plan(agreement, tranches, unplaced, dropOuts);
        }
    }

    static String field(List<String> f, int index, int size) {
        count(f, size);
        return f.get(index);
    }

    static void count(List<String> f, int size) {
        if (f.size() != size) {
            throw new PlanningException("a " + f.getFirst() + " line has " + size + " tab-separated fields, this one " + f.size());
        }
    }

    private static void line(StringBuilder out, String kind, String... fields) {
        out.append(kind);
        for (String f : fields) {
            out.append('\t').append(escape(f));
        }
        out.append('\n');
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
