package org.repatria.server.document;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.repatria.core.account.Account;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Person;
import org.repatria.lists.ListExport;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;

/**
 * Stored lists as signed {@code person-list} documents on the log (docs/decisions/0065): the statement the author
 * signs over the list's canonical bytes, signing with the party's own or server-held key, the mediator's relay, and
 * each list's trail with receipts. The list is stored first and linked to its document in the log's own commit, so a
 * crash leaves a list "not yet signed", never a document without its list; a list signed at its import with the
 * server-held key is stored in that same commit, so a refused signature stores nothing (docs/decisions/0164).
 */
public final class ListDocuments {
    private final Store store;
    private final TransparencyLog log;
    private final Clock clock;
    private final DocumentSteps steps;
    // Signing checks "not signed yet" then appends: one signing at a time keeps two signatures off one list.
    private final Object signing = new Object();
    // The desk's verdict on each signed list's stored rows, reached once per run (docs/decisions/0168).
    private final Map<RowsSigned, Integrity> checkedOnce = new ConcurrentHashMap<>();
    // Bumped whenever an audit finds a verdict other than the one kept: views made from the old one are stale.
    private final AtomicLong verdictsChanged = new AtomicLong();

    // A list's rows and the SHA-256 its author signed over them: a list is immutable once signed, so one verdict each.
    private record RowsSigned(ListId listId, String sha256) {
    }

    /** Lists read from {@code store}, documents appended to {@code log}, times from {@code clock}. */
    public ListDocuments(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.steps = new DocumentSteps(store, log, clock);
    }

    /** Where a list stands on the log. */
    public sealed interface Standing permits Unsigned, Signed {
    }

    /** Not yet signed by its author: not on the log. */
    public record Unsigned() implements Standing {
    }

    /** Whether a signed list's stored rows still hash to what was signed; checking reads every row, so it is optional. */
    public enum Integrity {
        /** The stored rows' canonical bytes have the signed SHA-256. */
        INTACT,
        /** They do not: the rows were altered after signing. */
        ALTERED,
        /** Not checked this time. */
        UNCHECKED
    }

    /**
     * Signed and on the log: the envelope id, the SHA-256 the author signed, whether the stored rows still have that
     * hash, and every logged step, the submission first.
     */
    public record Signed(String envelopeId, String sha256, Integrity integrity, List<LoggedStep> trail) implements Standing {
        public Signed {
            trail = List.copyOf(trail);
        }

        /** The author's submission: the entry that put the list on the log. */
        public LoggedStep submitted() {
            return trail.getFirst();
        }
    }

    /** The list's canonical bytes, recomputed from the stored rows: the document its author signs. */
    public byte[] canonical(ListHeader list) {
        return ListExport.canonical(store.lists().persons(list.id()));
    }

    /** Where {@code list} stands on the log, its stored rows checked against the signed hash. */
    public Standing standing(ListHeader list) {
        return standing(list, true);
    }

    /**
     * Where {@code list} stands on the log; {@code checkRows}: recompute the rows' hash (reads every row). That verdict
     * also replaces the one the desk keeps ({@link #standingCheckedOnce}): rows altered under a running server are shown
     * altered on the desk from the first audit that reads them (the API's {@code GET /api/v1/lists/{id}/document}).
     */
    public Standing standing(ListHeader list, boolean checkRows) {
        return standing(list, signed -> {
            if (!checkRows) {
                return Integrity.UNCHECKED;
            }
            Integrity found = rehashed(list, signed);
            if (checkedOnce.put(new RowsSigned(list.id(), signed), found) != found) {
                verdictsChanged.incrementAndGet();
            }
            return found;
        });
    }

    /**
     * Where {@code list} stands on the log, its stored rows checked against the signed hash the first time this server
     * is asked (or when it signed them) and that verdict kept for the run: what the desk's list page shows on every view
     * without reading 6,000 rows each time (docs/decisions/0168). The API's {@link #standing(ListHeader)} re-reads them.
     */
    public Standing standingCheckedOnce(ListHeader list) {
        return standing(list, signed -> checkedOnce.computeIfAbsent(new RowsSigned(list.id(), signed),
                k -> rehashed(list, signed)));
    }

    /** How many times an audit changed a verdict {@link #standingCheckedOnce} keeps: a view made before is stale. */
    public long verdictsChanged() {
        return verdictsChanged.get();
    }

    private Standing standing(ListHeader list, Function<String, Integrity> integrity) {
        Optional<String> envelopeId = store.lists().envelopeId(list.id());
        if (envelopeId.isEmpty()) {
            return new Unsigned();
        }
        String signed = steps.envelope(envelopeId.get()).content().hex();
        List<LoggedStep> trail = store.documents().trail(envelopeId.get()).stream().map(e -> LoggedStep.of(e, log)).toList();
        return new Signed(envelopeId.get(), signed, integrity.apply(signed), trail);
    }

    private Integrity rehashed(ListHeader list, String signed) {
        return signed.equals(ListExport.sha256(canonical(list))) ? Integrity.INTACT : Integrity.ALTERED;
    }

    /**
     * The submission the caller's party signs now for its unsigned {@code list}: a {@code person-list} envelope over
     * the canonical bytes, addressed to every other belligerent party, dated by the server's clock.
     */
    public EntryStatement statement(Account caller, ListHeader list, KeyCustody custody) {
        return statement(caller, list, custody, canonical(list));
    }

    /**
     * As {@link #statement(Account, ListHeader, KeyCustody)}, over {@code rows} as they were just stored (an import
     * need not read a large list back); signing checks the bytes against the stored rows all the same.
     */
    public EntryStatement statement(Account caller, ListHeader list, KeyCustody custody, List<Person> rows) {
        return statement(caller, list, custody, ListExport.canonical(rows));
    }

    private EntryStatement statement(Account caller, ListHeader list, KeyCustody custody, byte[] canonical) {
        requireAuthor(caller, list);
        requireUnsigned(list);
        List<PartyId> to = store.parties().all().stream()
                .filter(p -> p.kind() == PartyKind.BELLIGERENT && !p.id().equals(list.author())).map(Party::id).toList();
        if (to.isEmpty()) {
            throw HttpProblem.conflict("no_addressee", "no other party to the talks to address the list to; the mediator adds the "
                    + "counterparty first");
        }
        Envelope envelope = Envelope.of(DocumentType.PERSON_LIST, list.author(), to, canonical,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), Optional.empty());
        return new EntryStatement(EntryKind.SUBMITTED, caller.party(), custody, envelope.time(), envelope);
    }

    /**
     * Checks the author's signed submission of {@code list} and appends it with the list's canonical bytes as the
     * document; the list records the envelope id in the same commit. Answers the logged submission.
     */
    public LoggedStep sign(Account caller, ListHeader list, LogEntry entry) {
        return sign(caller, list, entry, canonical(list));
    }

    private LoggedStep sign(Account caller, ListHeader list, LogEntry entry, byte[] canonical) {
        requireAuthor(caller, list);
        Envelope envelope = entry.statement().envelope();
        DocumentSteps.require(envelope.type() == DocumentType.PERSON_LIST, "entry",
                "a list is signed as a person-list document, not " + envelope.type().token());
        DocumentSteps.require(envelope.answers().isEmpty(), "entry", "a list's submission answers no other document");
        LogPosition appended;
        synchronized (signing) {
            requireUnsigned(list);
            appended = steps.submit(caller, entry, canonical, Optional.of(list.id()));
        }
        // The bytes just signed were read from the stored rows (canonical(list)): their verdict is known without a re-read.
        checkedOnce.putIfAbsent(new RowsSigned(list.id(), envelope.content().hex()), Integrity.INTACT);
        return step(appended, entry);
    }

    /** Signs {@code list} with the key the server holds for the caller's party (only if the mediator enabled one). */
    public LoggedStep signWithServerHeldKey(Account caller, ListHeader list) {
        var key = steps.serverHeldKey(caller.party()).orElseThrow(() -> HttpProblem.conflict("no_server_key", "the server holds no key "
                + "for " + caller.party() + "; sign with your own key, or ask the mediator to enable one"));
        byte[] canonical = canonical(list);
        return sign(caller, list, LogEntry.sign(statement(caller, list, KeyCustody.SERVER_HELD, canonical), key), canonical);
    }

    /**
     * Stores the new {@code list} and signs it with the key the server holds for the caller's party as one unit: the list,
     * its document and its entry are written in the log's own commit, so a refused signature (a replay of the same bytes
     * in the same second, a duplicate) stores nothing (issue 15). {@code DuplicateException} when the list id is taken.
     */
    public LoggedStep storeSignedWithServerHeldKey(Account caller, PersonList list) {
        var key = steps.serverHeldKey(caller.party()).orElseThrow(() -> HttpProblem.conflict("no_server_key", "the server holds no key "
                + "for " + caller.party() + "; sign with your own key, or ask the mediator to enable one"));
        ListHeader header = list.header();
        requireAuthor(caller, header);
        byte[] canonical = ListExport.canonical(list.rows());
        LogEntry entry = LogEntry.sign(statement(caller, header, KeyCustody.SERVER_HELD, canonical), key);
        LogPosition appended = steps.submit(caller, entry, canonical, Optional.of(header.id()),
                List.of(store.lists().adding(list)));
        return step(appended, entry);
    }

    /** Whether the mediator enabled a server-held key for {@code party}. */
    public boolean holdsKeyFor(PartyId party) {
        return steps.holdsKeyFor(party);
    }

    /**
     * The mediator's relay of a signed list's document to its addressees, as a log entry, when {@code to} is one of
     * them and it was not relayed yet; empty when there is nothing to log (unsigned list, relayed already, or a
     * recipient the list is not addressed to, such as an observer).
     */
    public Optional<LoggedStep> relay(Account mediator, ListHeader list, PartyId to) {
        Optional<String> envelopeId = store.lists().envelopeId(list.id());
        if (envelopeId.isEmpty() || !steps.envelope(envelopeId.get()).addressees().contains(to)
                || steps.relayed(envelopeId.get())) {
            return Optional.empty();
        }
        LogPosition appended;
        try {
            appended = steps.relay(mediator, envelopeId.get());
        } catch (HttpProblem e) {
            if (steps.relayed(envelopeId.get())) {
                return Optional.empty(); // another relay request logged it meanwhile: the outcome is the same
            }
            throw e;
        }
        return Optional.of(new LoggedStep(appended.index(), EntryKind.RELAYED, mediator.party(), KeyCustody.SERVER_HELD,
                log.receipt(appended.index())));
    }

    /**
     * Refuses (422 {@code not_addressee}, field {@code to}) relaying the signed {@code list} to a party its author did
     * not address it to ({@link DocumentSteps#requireAddressee}); an unsigned list has no addressees yet.
     */
    public void requireAddressee(ListHeader list, PartyId to) {
        store.lists().envelopeId(list.id()).ifPresent(id -> DocumentSteps.requireAddressee(steps.envelope(id), to));
    }

    private LoggedStep step(LogPosition appended, LogEntry entry) {
        EntryStatement s = entry.statement();
        return new LoggedStep(appended.index(), s.kind(), s.signer(), s.custody(), log.receipt(appended.index()));
    }

    private static void requireAuthor(Account caller, ListHeader list) {
        if (!caller.party().equals(list.author())) {
            throw HttpProblem.forbidden("only " + list.author() + ", the list's author, signs it");
        }
    }

    private void requireUnsigned(ListHeader list) {
        store.lists().envelopeId(list.id()).ifPresent(id -> {
            throw HttpProblem.conflict("signed_already", "the list is signed already (envelope " + id + "); a list is signed once, so "
                    + "import a corrected list as a new one");
        });
    }
}
