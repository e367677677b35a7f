package org.repatria.server.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentFormatException;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.StoredDocument;

/**
 * The steps a party takes on a document — submit and acknowledge — with every check the server makes before the
 * log appends them; shared by the JSON API and the desk. Refusals are {@link HttpProblem}s naming the field.
 */
public final class DocumentSteps {
    /** How far a signed time may be from the server's clock. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private final Store store;
    private final TransparencyLog log;
    private final Clock clock;
    private final ServerHeldKeys serverHeld;
    private final DocumentReaders readers;
    private final DisputeRules disputeRules;
    private final PartySignatures signatures;
    private final KnownParties parties;

    /** Steps appended to {@code log}, documents and party keys read from {@code store}, times checked on {@code clock}. */
    public DocumentSteps(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.serverHeld = new ServerHeldKeys(store.signers());
        this.signatures = new PartySignatures(store.signers(), serverHeld);
        this.parties = new KnownParties(store.parties());
        this.readers = new DocumentReaders(store);
        this.disputeRules = new DisputeRules(store);
    }

    /**
     * Checks and appends a submission by the caller's party, storing the document's bytes; a dispute, or an answer to
     * one, must also fit its thread (who disputes, who answers, to whom, in which words: docs/decisions/0120).
     */
    public LogPosition submit(Account caller, LogEntry entry, byte[] content) {
        return submit(caller, entry, content, Optional.empty(), List.of());
    }

    /**
     * As {@link #submit(Account, LogEntry, byte[])}, storing {@code rows} (the rows that say what the document means,
     * such as an agreement's step) in the log's own commit: the entry and its rows are stored together or not at all.
     * A refusal by its entry rows (a store {@code DuplicateException} or another) is thrown as it is, and nothing was logged.
     */
    public LogPosition submit(Account caller, LogEntry entry, byte[] content, List<EntryRows> rows) {
        return submit(caller, entry, content, Optional.empty(), rows);
    }

    /** As {@link #submit(Account, LogEntry, byte[])}; a document that is a stored list is linked to it in the same commit. */
    LogPosition submit(Account caller, LogEntry entry, byte[] content, Optional<ListId> list) {
        return submit(caller, entry, content, list, List.of());
    }

    /** As {@link #submit(Account, LogEntry, byte[], Optional)}, {@code rows} (the list itself, new) written first. */
    LogPosition submit(Account caller, LogEntry entry, byte[] content, Optional<ListId> list, List<EntryRows> rows) {
        return append(entry, Optional.of(checked(caller, entry, content, list, rows)));
    }

    /** Every check of {@link #submit(Account, LogEntry, byte[])}, appending nothing; the document to store with the entry. */
    StoredDocument checked(Account caller, LogEntry entry, byte[] content) {
        return checked(caller, entry, content, Optional.empty(), List.of());
    }

    /**
     * Appends submissions {@link #checked} already, with their documents, in one transaction (all or none); their
     * positions, in order.
     */
    List<LogPosition> appendAll(List<LogEntry> entries, List<StoredDocument> documents) {
        return log.appendAll(entries, documents).stream().map(DocumentSteps::durable).toList();
    }

    private StoredDocument checked(Account caller, LogEntry entry, byte[] content, Optional<ListId> list, List<EntryRows> rows) {
        EntryStatement s = entry.statement();
        require(s.kind() == EntryKind.SUBMITTED, "entry", "a submission's kind is submitted, not " + s.kind().token());
        require(s.signer().equals(caller.party()), "entry", "the entry is signed as " + s.signer()
                + " but you work for " + caller.party() + "; a party submits only its own documents");
        checkClock(s.envelope().time(), "envelope");
        require(Digest.sha256(content).equals(s.envelope().content()), "content",
                "the bytes' SHA-256 is not the envelope's sha256: the document changed after signing");
        for (PartyId to : s.envelope().addressees()) {
            require(parties.exists(to), "entry", "the addressee " + to + " is not a party to the talks");
        }
        disputeRules.check(caller, s.envelope(), content);
        signatures.check(entry);
        Envelope envelope = s.envelope();
        return new StoredDocument(envelope.id().hex(), envelope.text(), envelope.author(), content, list, rows);
    }

    /**
     * Appends a document the mediator writes itself (a reminder), its submission signed with the log's key as the
     * relays are (the entry says {@code key server-held}), with {@code rows} in the log's own commit. Only a mediator
     * account writes one; the document goes to its addressees without a relay (the mediator relays what others write).
     */
    public LogPosition submitAsMediator(Account mediator, Envelope envelope, byte[] content, List<EntryRows> rows) {
        require(mediator.role() == Role.MEDIATOR && envelope.author().equals(mediator.party()),
                "entry", "only the mediator writes a document signed with the log's key");
        require(Digest.sha256(content).equals(envelope.content()), "content", "the bytes are not the envelope's");
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, mediator.party(), KeyCustody.SERVER_HELD, envelope.time(),
                envelope);
        return append(LogEntry.sign(s, log.key()), Optional.of(new StoredDocument(envelope.id().hex(), envelope.text(),
                envelope.author(), content, Optional.empty(), rows)));
    }

    /**
     * Appends the mediator's relay of document {@code envelopeId} to its addressees, signed with the log's key; an
     * answers document's answers are shown to the requesting side in the relay's own commit (docs/decisions/0146).
     */
    public LogPosition relay(Account mediator, String envelopeId) {
        Envelope envelope = envelope(envelopeId);
        EntryStatement s;
        try {
            s = new EntryStatement(EntryKind.RELAYED, mediator.party(), KeyCustody.SERVER_HELD,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS), envelope);
        } catch (DocumentFormatException e) {
            throw HttpProblem.conflict("not_relayable", e.getMessage());
        }
        List<EntryRows> rows = envelope.type() == DocumentType.ANSWERS ? List.of(store.requests().shownOnRelay(envelopeId))
                : List.of();
        return append(LogEntry.sign(s, log.key()), Optional.empty(), rows);
    }

    /**
     * The mediator's relay of document {@code envelopeId} to its addressees; {@code to}, when given, must be one of them
     * (422 {@code not_addressee}, {@link #requireAddressee}). A relay entry names the envelope, so it reaches every
     * addressee: naming one of a document addressed to several is refused (409) rather than reaching the others unasked.
     */
    public LogPosition relay(Account mediator, String envelopeId, Optional<PartyId> to) {
        Envelope envelope = envelope(envelopeId);
        if (to.isPresent()) {
            requireAddressee(envelope, to.get());
            if (envelope.addressees().size() > 1 && envelope.type() != DocumentType.PERSON_LIST) {
                throw HttpProblem.conflict("a relay of this " + envelope.type().token() + " reaches all its addressees ("
                        + envelope.addressees() + "), not " + to.get() + " alone; relay it without naming one");
            }
        }
        return relay(mediator, envelopeId);
    }

    /**
     * Refuses (422 {@code not_addressee}, field {@code to}) relaying {@code envelope} to {@code to} when its author did
     * not address it to that party: the author chose who reads it, and the mediator passes it on to them only.
     */
    public static void requireAddressee(Envelope envelope, PartyId to) {
        if (!envelope.addressees().contains(to)) {
            throw new HttpProblem(422, "not_addressee", "to: " + to + " is not an addressee of this "
                    + envelope.type().token() + "; its author " + envelope.author() + " addressed it to "
                    + String.join(", ", envelope.addressees().stream().map(PartyId::value).toList())
                    + ", and the mediator relays a document only to its addressees", Optional.of("to"));
        }
    }

    /** Whether the mediator relayed document {@code envelopeId}. */
    boolean relayed(String envelopeId) {
        return store.documents().trail(envelopeId).stream().anyMatch(e -> e.kind().equals(EntryKind.RELAYED.token()));
    }

    /** Checks and appends the caller's acknowledgement of the relayed document {@code envelopeId}. */
    public LogPosition acknowledge(Account caller, String envelopeId, LogEntry entry) {
        Envelope envelope = addressed(caller, envelopeId);
        EntryStatement s = entry.statement();
        require(s.kind() == EntryKind.ACKNOWLEDGED, "entry", "an acknowledgement's kind is acknowledged, not " + s.kind().token());
        require(s.envelope().equals(envelope), "entry", "the entry acknowledges another envelope (" + s.envelope().id() + ")");
        require(s.signer().equals(caller.party()), "entry", "the entry is signed as " + s.signer()
                + " but you work for " + caller.party());
        checkClock(s.time(), "acknowledgement");
        require(relayed(envelopeId), "entry", "the mediator has not relayed this document yet");
        signatures.check(entry);
        return append(entry, Optional.empty());
    }

    /**
     * Acknowledges with the key the server holds for the caller's party (only if the mediator enabled one for it);
     * the entry says {@code key server-held}.
     */
    public LogPosition acknowledgeWithServerHeldKey(Account caller, String envelopeId) {
        return acknowledge(caller, envelopeId, LogEntry.sign(acknowledgement(caller, envelopeId, KeyCustody.SERVER_HELD),
                heldKey(caller)));
    }

    /**
     * The caller's submission of {@code envelope}, signed with the key the server holds for its party (only if the
     * mediator enabled one); the entry says {@code key server-held}. It still goes through {@link #submit}.
     */
    public LogEntry serverHeldSubmission(Account caller, Envelope envelope) {
        return LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, caller.party(), KeyCustody.SERVER_HELD, envelope.time(),
                envelope), heldKey(caller));
    }

    /** Refuses (409) a caller whose party has no server-held key, saying what to do instead. */
    public void requireServerHeldKey(Account caller) {
        heldKey(caller);
    }

    private NoteSigner heldKey(Account caller) {
        return serverHeld.of(caller.party()).orElseThrow(() -> HttpProblem.conflict("no_server_key", "the server holds no key for "
                + caller.party() + "; sign with your own key, or ask the mediator to enable one"));
    }

    /** The key the server holds for {@code party}, if the mediator enabled one. */
    Optional<NoteSigner> serverHeldKey(PartyId party) {
        return serverHeld.of(party);
    }

    /** Whether the mediator enabled a server-held key for {@code party}. */
    public boolean holdsKeyFor(PartyId party) {
        return serverHeld.of(party).isPresent();
    }

    /**
     * Makes and registers a server-held key for {@code party}, on the mediator's explicit setting (the API's route, or
     * the demo's seeding); its verifier key. {@code DuplicateException} when the party has one.
     */
    public NoteVerifier enableServerHeldKey(PartyId party) {
        return serverHeld.enable(party).verifier();
    }

    /** Forgets {@code party}'s server-held key on the mediator's explicit setting; whether there was one. */
    boolean disableServerHeldKey(PartyId party) {
        return serverHeld.disable(party);
    }

    /** The acknowledgement the caller's party signs now for {@code envelopeId} (its text goes to the signer). */
    public EntryStatement acknowledgement(Account caller, String envelopeId, KeyCustody custody) {
        Envelope envelope = addressed(caller, envelopeId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new EntryStatement(EntryKind.ACKNOWLEDGED, caller.party(), custody, now.isBefore(envelope.time())
                ? envelope.time() : now, envelope);
    }

    /** The stored envelope {@code id}; 404 when no document has it. */
    public Envelope envelope(String id) {
        return store.documents().document(id).map(d -> Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> HttpProblem.notFound("no document with envelope id " + id));
    }

    /**
     * The envelope of a document the caller's party may acknowledge: 400 for its author; 404, as for an absent id, when
     * the party is no addressee or the document went to it on the log but its list was not relayed to it ({@link DocumentReaders}).
     */
    private Envelope addressed(Account caller, String envelopeId) {
        Envelope envelope = envelope(envelopeId);
        require(!envelope.author().equals(caller.party()), "id", "you wrote document " + envelopeId
                + "; its addressees acknowledge it, its author does not");
        boolean relayed = relayed(envelopeId);
        if (!envelope.addressees().contains(caller.party())
                || relayed && !readers.delivered(caller.party(), envelopeId, envelope, store.documents().trail(envelopeId))) {
            throw HttpProblem.notFound("no document with envelope id " + envelopeId);
        }
        return envelope;
    }

    LogPosition append(LogEntry entry, Optional<StoredDocument> document) {
        return append(entry, document, List.of());
    }

    private LogPosition append(LogEntry entry, Optional<StoredDocument> document, List<EntryRows> rows) {
        return durable(log.append(entry, document, rows));
    }

    private static LogPosition durable(CompletableFuture<LogPosition> appended) {
        try {
            return appended.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpProblem refused) {
                throw refused; // the log's refusal: a replay, or the log is shutting down
            }
            if (e.getCause() instanceof StoreException refused) {
                throw refused; // e.g. a duplicate among its entry rows: the caller knows what it means, and nothing was logged
            }
            throw new IllegalStateException("the log could not store the entry: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the log did not store the entry within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the entry", e);
        }
    }

    /** A signed time far from the server's clock is a stale or mis-dated signature: the signer re-signs. */
    private void checkClock(Instant signed, String what) {
        Instant now = clock.instant();
        long off = Duration.between(now, signed).toSeconds();
        require(Math.abs(off) <= MAX_SKEW.toSeconds(), "entry", "the " + what + " time " + signed + " is " + Math.abs(off)
                + " s " + (off < 0 ? "behind" : "ahead of") + " the server's clock (" + now.truncatedTo(ChronoUnit.SECONDS)
                + "); at most " + MAX_SKEW.toMinutes() + " minutes are allowed: check your computer's clock and sign again");
    }

    static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw HttpProblem.invalid(field, message);
        }
    }
}
