package org.repatria.server.cta;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Person;
import org.repatria.lists.export.CsvExport;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.death.DeathRegister;
import org.repatria.server.reads.Reads;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;

/**
 * The CTA export (docs/decisions/0181): a party desk's own persons, held or handed over, as CSV in {@link CtaColumn}
 * order, and the data dictionary beside it. {@link #select} checks everything first (who, which lists, the children
 * permission, the row limit); {@link #send} records the export in the record of reads, then streams it list by list.
 */
public final class CtaExport {
    /** The most rows (persons) one export holds; a larger one is refused (413) and the reader narrows it. */
    public static final int MAX_ROWS = 200_000;
    /** The dictionary's CSV header. */
    public static final List<String> DICTIONARY_HEADER = List.of("column", "meaning", "article", "format", "source");
    private final Store store;
    private final DeathRegister deaths;
    private final ChildRecords children;
    private final CtaScope scope;

    /** Over {@code store}; death records read through {@code deaths}; children's reads dated by {@code clock}. */
    public CtaExport(Store store, DeathRegister deaths, Clock clock) {
        this.store = store;
        this.deaths = deaths;
        this.children = new ChildRecords(store, clock);
        this.scope = new CtaScope(store, children, new Handovers(store));
    }

    /**
     * What {@code reader}'s export holds: its party's own lists of {@code category} (POW, CIVILIAN, REMAINS or CHILD;
     * empty: all but CHILD), or the one list {@code list}.
     *
     * @throws org.repatria.server.error.HttpProblem 403 for a reader who is not a party desk or a list of another party,
     *         403 {@code children_only} for children's rows without the permission, 400 naming a parameter not
     *         understood, 404 for an unknown list, 413 {@code too_many_rows} beyond {@link #MAX_ROWS}
     */
    public CtaSelection select(Account reader, Optional<String> category, Optional<String> list) {
        return scope.select(reader, category, list, MAX_ROWS);
    }

    /** Records the export in the record of reads (who, when, how many rows), then streams it as the reply. */
    public void send(AdmittedRequest call, CtaSelection s) {
        List<String> ids = s.lists().stream().map(h -> h.id().toString()).toList();
        for (ListHeader h : s.lists()) {
            children.recordRead(s.reader(), h, Optional.empty(), RecordPart.EXPORT);
        }
        if (s.lists().stream().anyMatch(ChildRecords::isChildList)) {
            Reads.children(call, ids, s.rows());
        } else {
            Reads.persons(call, ids, s.rows());
        }
        call.ctx().contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"cta-export-"
                        + s.reader().party().value().replaceAll("[^A-Za-z0-9-]", "-") + ".csv\"");
        write(s, call.ctx().outputStream());
    }

    /** The export's CSV on {@code out}: UTF-8 with a byte-order mark, RFC 4180, CRLF, the header then a row per person. */
    public void write(CtaSelection s, OutputStream out) {
        DeathLinks links = DeathLinks.of(store, deaths, s.reader());
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write('\uFEFF');
            line(w, Arrays.stream(CtaColumn.values()).map(CtaColumn::header).toList());
            for (ListHeader h : s.lists()) {
                for (Person p : persons(s, h)) {
                    Optional<Exchanged> x = Optional.ofNullable(s.exchanged().get(new PersonRef(h.id(), p.rowId())));
                    line(w, CtaRow.cells(s.power(), h, p, x, links.of(h, p)));
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CTA export", e);
        }
    }

    /** The data dictionary as CSV ({@link #DICTIONARY_HEADER}): one row per column of the export, in its order. */
    public static byte[] dictionary() {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", DICTIONARY_HEADER)).append("\r\n");
        for (CtaColumn c : CtaColumn.values()) {
            out.append(String.join(",", List.of(c.header(), c.meaning(), c.article(), c.format(), c.source()).stream()
                    .map(CsvExport::field).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<Person> persons(CtaSelection s, ListHeader h) {
        if (h.purpose() == ListPurpose.HOLDING) {
            return store.lists().persons(h.id());
        }
        List<String> rows = s.handedOnly().stream().filter(r -> r.list().equals(h.id())).map(PersonRef::rowId).toList();
        Map<String, Person> found = store.lists().personsByRowId(h.id(), rows);
        return rows.stream().sorted().map(found::get).filter(p -> p != null).toList();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(CsvExport.field(inert(cells.get(i))));
        }
        w.write("\r\n");
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe (docs/decisions/0130). */
    private static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
