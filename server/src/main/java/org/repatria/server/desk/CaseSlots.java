package org.repatria.server.desk;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.genetic.CaseFiles;

/**
 * The DNA case form's file slots, each file read with the name it had on the sender's disk. Before the kinship reader
 * (which knows a file only by its slot) sees them, each file's header is checked against its slot's columns, so a file
 * chosen for the wrong slot is named by the file given ("profiles.csv looks like the frequencies file"), and a
 * refusal from the reader names the given file, not the slot.
 */
final class CaseSlots {
    /** The prefix of the slots' labels on the form ({@code dna.file.profiles}...). */
    private static final String LABEL = "dna.file.";
    /** A slot's kind of file and the columns the kinship reader requires of it (kinship's CSV contract). */
    enum Kind {
        FREQUENCIES("marker", "allele", "frequency"),
        PROFILES("sample_id", "marker", "allele1", "allele2"),
        REMAINS("sample_id"),
        PEDIGREES("family_id", "member_id", "father_id", "mother_id", "sex", "sample_id", "missing"),
        MUTATIONS("marker", "model_female", "rate_female", "model_male", "rate_male");

        private final List<String> columns;

        Kind(String... columns) {
            this.columns = List.of(columns);
        }

        String slot() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean fits(List<String> header) {
            return header.containsAll(columns);
        }
    }

    /** One slot as sent: the file's name ("" when none was chosen) and its text. */
    record Slot(Kind kind, String filename, String text) {
        String shownName() {
            return filename.isEmpty() ? kind.slot() + ".csv" : filename;
        }
    }

    private final Map<Kind, Slot> slots;

    private CaseSlots(Map<Kind, Slot> slots) {
        this.slots = slots;
    }

    static CaseSlots read(Context ctx) {
        Map<Kind, Slot> slots = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            Optional<FormFiles.Sent> sent = FormFiles.sent(ctx, k.slot());
            slots.put(k, new Slot(k, sent.map(FormFiles.Sent::filename).orElse(""),
                    sent.map(s -> new String(s.bytes(), StandardCharsets.UTF_8)).orElse("")));
        }
        return new CaseSlots(slots);
    }

    /** The files for the case, once every slot holds a file of its kind; else the first fault, in the reader's words. */
    CaseFiles files(Text t) {
        for (Slot s : slots.values()) {
            fault(t, s).ifPresent(message -> {
                throw new HttpProblem(400, "dna_file", message, Optional.of(s.kind().slot()));
            });
        }
        Slot mutations = slots.get(Kind.MUTATIONS);
        return new CaseFiles(text(Kind.FREQUENCIES), text(Kind.PROFILES), text(Kind.REMAINS), text(Kind.PEDIGREES),
                Optional.of(mutations.text()).filter(m -> !m.isBlank()));
    }

    /** The kinship reader's refusal with the slot's file name ("profiles.csv: row 3…") replaced by the name given. */
    HttpProblem naming(HttpProblem refused) {
        String message = refused.getMessage();
        for (Slot s : slots.values()) {
            String slotName = s.kind().slot() + ".csv";
            if (!s.filename().isEmpty() && message.contains(slotName)) {
                message = message.replace(slotName, s.filename());
            }
        }
        return new HttpProblem(refused.status(), refused.code(), message, refused.field());
    }

    private String text(Kind k) {
        return slots.get(k).text();
    }

    static Optional<String> fault(Text t, Slot s) {
        String label = t.get(LABEL + s.kind().slot());
        if (s.text().isBlank()) {
            if (s.kind() == Kind.MUTATIONS && s.filename().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(s.filename().isEmpty() ? t.format("dna.slot.noFile", label)
                    : t.format("dna.slot.emptyFile", s.filename(), label));
        }
        String first = s.text().lines().findFirst().orElse("").replace("\uFEFF", "").strip();
        if (s.kind() == Kind.FREQUENCIES && !first.contains(",")) {
            return Optional.empty();
        }
        List<String> header = Arrays.stream(first.split(",", -1)).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Optional<Kind> likelier = Arrays.stream(Kind.values()).filter(k -> k != s.kind() && k.fits(header)
                && k.columns.size() > (s.kind().fits(header) ? s.kind().columns.size() : 0)).max((a, b) ->
                Integer.compare(a.columns.size(), b.columns.size()));
        if (likelier.isPresent()) {
            return Optional.of(t.format("dna.slot.wrongKind", s.shownName(),
                    t.get(LABEL + likelier.get().slot()), label));
        }
        if (!s.kind().fits(header)) {
            List<String> lacking = s.kind().columns.stream().filter(c -> !header.contains(c)).toList();
            return Optional.of(t.format("dna.slot.lacks", s.shownName(), label, String.join(",", lacking), first));
        }
        return Optional.empty();
    }
}
