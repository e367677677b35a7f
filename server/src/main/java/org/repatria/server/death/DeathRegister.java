package org.repatria.server.death;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.death.DeathRecordException;
import org.repatria.core.death.DeathRecordText;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.server.death.DeathMessages.DeathRecordReply;
import org.repatria.server.death.DeathMessages.DeathRecordRequest;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.identification.Identifications;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.death.StoredDeathRecord;
import org.repatria.store.genetic.Decision;

/**
 * Death records, for the API and the desk alike: the unit drafts one for a confirmed identification, signs it (its own
 * key, or the one the server holds for its party) as a death-record document to the person's side, and it goes on the
 * log with its row in one commit; the mediator relays it with the documents' relay; the readers read, print, export.
 */
public final class DeathRegister {
    /** The most records one list, CSV export or bulk reply holds, newest first. */
    public static final int MAX_LIST = 1_000;
    /** The most records one bulk request signs. */
    public static final int MAX_BATCH = 100;
    /** How far a signed record's time may be from the server's clock (as for any signed document). */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private final Store store;
    private final Identifications dna;
    private final DocumentSteps steps;
    private final DeathReaders readers;
    private final Clock clock;

    /** Over {@code store}; identifications from {@code dna}; records appended to {@code log}; times from {@code clock}. */
    public DeathRegister(Store store, Identifications dna, TransparencyLog log, Clock clock) {
        this.store = store;
        this.dna = dna;
        this.steps = new DocumentSteps(store, log, clock);
        this.readers = new DeathReaders(store);
        this.clock = clock;
    }

    /** The particulars prefilled for the confirmed identification of {@code remains} in case {@code caseId} (unit only). */
    public DeathRecordRequest draft(Account unit, String caseId, String remains) {
        Decision d = ConfirmedIdentification.of(store, dna, unit, caseId, remains);
        List<StoredDeathRecord> earlier = store.deathRecords().of(d.id());
        if (!earlier.isEmpty()) {
            DeathRecordText last = readers.text(earlier.getLast());
            return DeathDrafts.corrected(d, last, earlier.getLast().envelopeId());
        }
        return DeathDrafts.draft(store, unit, d, "");
    }

    /** The records of {@code remains} in case {@code caseId}, first revision first (unit only). */
    public List<DeathRecordReply> of(Account unit, String caseId, String remains) {
        Decision d = ConfirmedIdentification.of(store, dna, unit, caseId, remains);
        return store.deathRecords().of(d.id()).stream().map(readers::reply).toList();
    }

    /** The canonical text the unit would sign now for {@code r}; every refusal the signing makes. */
    public byte[] text(Account unit, DeathRecordRequest r) {
        return build(unit, r, now()).encoded();
    }

    /** Signs {@code r} with the key the server holds for the unit's party and logs it with its row. */
    public DeathRecordReply signWithServerHeldKey(Account unit, DeathRecordRequest r) {
        steps.requireServerHeldKey(unit);
        DeathRecordText text = build(unit, r, now());
        byte[] bytes = text.encoded();
        Envelope envelope = Envelope.of(DocumentType.DEATH_RECORD, unit.party(), List.of(text.side()), bytes,
                text.recordedAt(), Optional.empty());
        return log(unit, text, steps.serverHeldSubmission(unit, envelope), bytes);
    }

    /**
     * Signs and logs several records with the server-held key: every one is checked first (a refusal names
     * {@code records[i]} and nothing is recorded), then each is logged in order; at most {@link #MAX_BATCH}.
     */
    public List<DeathRecordReply> signAllWithServerHeldKey(Account unit, List<DeathRecordRequest> records) {
        steps.requireServerHeldKey(unit);
        List<DeathRecordRequest> all = records == null ? List.of() : records;
        if (all.isEmpty() || all.size() > MAX_BATCH) {
            throw new HttpProblem(all.isEmpty() ? 400 : 413, all.isEmpty() ? "invalid" : "too_many", String.format(
                    Locale.ROOT, "records: %,d records, the limit is 1 to %,d", all.size(), MAX_BATCH),
                    Optional.of("records"));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            DeathRecordRequest r = all.get(i);
            try {
                if (r == null) {
                    throw HttpProblem.invalid("records", "is empty");
                }
                build(unit, r, now());
                if (!seen.add(DeathTexts.blank(r.caseId()) + "/" + DeathTexts.blank(r.remains()))) {
                    throw HttpProblem.conflict("recorded_already", "the same identification is named twice in this batch");
                }
            } catch (HttpProblem e) {
                throw new HttpProblem(e.status(), e.code(), "records[" + i + "]: " + e.getMessage(),
                        Optional.of("records[" + i + "]" + e.field().map(f -> "." + f).orElse("")));
            }
        }
        return all.stream().map(r -> signWithServerHeldKey(unit, r)).toList();
    }

    /**
     * Logs a record the unit signed with its own key: the content must be a canonical death record of a confirmed
     * identification of the unit's party, recorded by the signing account within {@link #MAX_SKEW}, addressed to its side.
     */
    public DeathRecordReply sign(Account unit, DocumentMessages.Submit submitted) {
        if (submitted.entry() == null || submitted.entry().isEmpty()) {
            throw HttpProblem.invalid("entry", "send the signed submission entry of the record (or use the server-held"
                    + " signature route)");
        }
        LogEntry entry;
        byte[] content;
        try {
            entry = LogEntry.parse(submitted.entry().getBytes(StandardCharsets.UTF_8));
            content = Base64.getDecoder().decode(submitted.content() == null ? "" : submitted.content());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("entry", e.getMessage());
        }
        DeathRecordText signed;
        try {
            signed = DeathRecordText.parse(content);
        } catch (DeathRecordException e) {
            throw HttpProblem.invalid("content", e.getMessage());
        }
        Instant at = signed.recordedAt();
        if (Duration.between(at, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw HttpProblem.invalid("content", "recorded-at " + at + " is more than " + MAX_SKEW.toMinutes()
                    + " minutes from the server's clock; fetch the text again and sign it");
        }
        DeathRecordText expected = build(unit, DeathDrafts.request(signed), at);
        if (!Arrays.equals(expected.encoded(), content)) {
            throw HttpProblem.invalid("content", "the signed record differs from what this unit may record (identification,"
                    + " party, recorder or DNA summary); fetch the text again and sign exactly it");
        }
        Envelope e = entry.statement().envelope();
        if (e.type() != DocumentType.DEATH_RECORD || !e.addressees().equals(Set.of(expected.side()))
                || e.answers().isPresent()) {
            throw HttpProblem.invalid("entry", "a death record is a death-record document addressed to the person's side "
                    + expected.side() + " alone, answering nothing");
        }
        return log(unit, expected, entry, content);
    }

    /** The records the reader may read, newest first, at most {@link #MAX_LIST}. */
    public List<DeathRecordReply> list(Account reader) {
        List<StoredDeathRecord> rows = reader.role() == Role.MEDIATOR ? store.deathRecords().all(MAX_LIST)
                : store.deathRecords().touching(reader.party(), MAX_LIST);
        return rows.stream().filter(r -> readers.reads(reader, r)).map(readers::reply).toList();
    }

    /** One record, for a reader who may read it; 404 otherwise, as for an absent one. */
    public DeathRecordReply show(Account reader, String envelopeId) {
        return readers.reply(readable(reader, envelopeId));
    }

    /** The record as a PDF, its words in English, Ukrainian and Russian. */
    public byte[] pdf(Account reader, String envelopeId) {
        StoredDeathRecord r = readable(reader, envelopeId);
        return DeathRecordPdf.write(r, readers.text(r), readers.relayed(r.envelopeId()));
    }

    /** The records the reader may read as CSV (one line each, the canonical keys as columns), at most {@link #MAX_LIST}. */
    public byte[] csv(Account reader) {
        return csv(list(reader));
    }

    /** {@code records} (read by {@link #list}) as CSV. */
    public byte[] csv(List<DeathRecordReply> records) {
        return DeathRecordCsv.write(records);
    }

    private StoredDeathRecord readable(Account reader, String envelopeId) {
        return store.deathRecords().find(envelopeId == null ? "" : envelopeId.strip()).filter(r -> readers.reads(reader, r))
                .orElseThrow(() -> HttpProblem.notFound("no death record " + envelopeId + " that you may read"));
    }

    private DeathRecordText build(Account unit, DeathRecordRequest r, Instant at) {
        Decision d = ConfirmedIdentification.of(store, dna, unit, r.caseId(), r.remains());
        DeathTexts.revision(store, d, DeathTexts.blank(r.corrects()));
        return DeathTexts.text(store, unit, d, dna.relativesUsed(unit, d.caseId(), d.pair().familyId(),
                d.pair().missingId()), r, at);
    }

    private DeathRecordReply log(Account unit, DeathRecordText text, LogEntry entry, byte[] bytes) {
        Decision d = ConfirmedIdentification.of(store, dna, unit, text.dna().caseId(), text.dna().remainsId());
        int revision = DeathTexts.revision(store, d, text.corrects());
        StoredDeathRecord row = new StoredDeathRecord(entry.statement().envelope().id().hex(), d.id(), revision,
                Optional.of(text.corrects()).filter(c -> !c.isEmpty()), unit.party(), text.side(), unit.username(),
                text.recordedAt());
        Refusals.translate(() -> steps.submit(unit, entry, bytes, List.of(store.deathRecords().recording(row))));
        return readers.reply(row);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
