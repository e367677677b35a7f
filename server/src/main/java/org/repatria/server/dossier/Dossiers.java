package org.repatria.server.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.person.Person;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.server.exchange.Exchange;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;

/**
 * Gathers the person's page (docs/decisions/0157): for each of the person's rows that the reader may read, the row, its
 * list, the answers, the exchanges, custody and identification the reader may read — each part by the rule of the page
 * that shows it alone, so the person's page never shows more than those pages. A row of a list the reader may not read
 * (another party's unrelayed list, a children's list without the children permission) gives nothing. Each children's row
 * read is recorded as the children's pages record theirs ({@link ChildRecords#recordRead}).
 */
public final class Dossiers {
    /** Rows gathered for one person at most; the rest are counted in {@link Dossier#leftOff()}. */
    public static final int MAX_ROWS = 200;
    private final Store store;
    private final ListAccess lists;
    private final ChildRecords children;
    private final RowAnswers answers;
    private final ExchangeTrail exchanges;
    private final RowIdentifications identifications;

    /** Over {@code store}, exchanges read through {@code exchange}, children's reads dated by {@code clock}. */
    public Dossiers(Store store, Exchange exchange, Clock clock) {
        this.store = store;
        this.lists = new ListAccess(store.lists());
        this.children = new ChildRecords(store, clock);
        this.answers = new RowAnswers(store);
        this.exchanges = new ExchangeTrail(store, exchange);
        this.identifications = new RowIdentifications(store);
    }

    /**
     * What {@code reader} may read of the rows {@code rows} (list and row id; duplicates count once), in their order. Rows
     * absent from their list, or on a list the reader may not read, are left out without a word.
     */
    public Dossier of(Account reader, List<PersonRef> rows) {
        List<PersonRef> distinct = List.copyOf(new LinkedHashSet<>(rows));
        List<PersonRef> taken = distinct.subList(0, Math.min(MAX_ROWS, distinct.size()));
        List<Readable> readable = new ArrayList<>();
        for (PersonRef ref : taken) {
            readable(reader, ref).ifPresent(readable::add);
        }
        ExchangeTrail.Found found = exchanges.of(reader, readable.stream().map(Readable::ref).toList());
        List<Dossier.Entry> entries = new ArrayList<>();
        for (Readable r : readable) {
            children.recordRead(reader, r.list().header(), Optional.of(r.ref().rowId()), RecordPart.ROWS);
            entries.add(new Dossier.Entry(source(reader, r.list()), r.row(), answers.of(reader, r.list().header(), r.ref().rowId()),
                    found.nominations(r.ref()), found.moves(r.ref()), found.slots(r.ref()), found.custody(r.ref()),
                    identifications.of(reader, r.ref())));
        }
        return new Dossier(entries, distinct.size() - taken.size());
    }

    private record Readable(PersonRef ref, VisibleList list, Person row) {
    }

    private Optional<Readable> readable(Account reader, PersonRef ref) {
        Optional<VisibleList> list = lists.readable(reader, ref.list())
                .filter(v -> children.mayReadPersons(reader, v.header()));
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Person> found = store.lists().personsByRowId(ref.list(), List.of(ref.rowId()));
        return Optional.ofNullable(found.get(ref.rowId())).map(p -> new Readable(ref, list.get(), p));
    }

    private Dossier.Source source(Account reader, VisibleList list) {
        var h = list.header();
        var known = list.recipientsSeenBy(reader);
        List<Dossier.Relay> relays = store.lists().relays(h.id()).stream().filter(r -> known.contains(r.to()))
                .map(r -> new Dossier.Relay(r.to(), r.at())).toList();
        return new Dossier.Source(h.id(), h.title(), h.purpose(), h.category(), h.author(), h.created(),
                store.lists().envelopeId(h.id()).isPresent(), relays);
    }
}
