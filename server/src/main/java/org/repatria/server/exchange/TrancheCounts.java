package org.repatria.server.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.count.Count;
import org.repatria.core.count.CountException;
import org.repatria.core.count.CountText;
import org.repatria.core.count.Figures;
import org.repatria.core.count.Stage;
import org.repatria.core.count.Tally;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.CountMessages.CountRequest;
import org.repatria.server.exchange.CountMessages.TallyReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredCount;

/**
 * Each side's signed count of a remains tranche (docs/decisions/0172): declared by the handing side before the act is
 * signed, counted by the receiving side at the crossing (once the handing side recorded it) and at the morgue (once
 * the act is signed). A count is a {@code count} document to the other side, answering the plan in force, on the log
 * with its row; the figures come from its signed text. Refused with what is wrong, nothing stored: a figure that is not
 * a number (or negative, or over the limit), a tranche not of remains, a side that does not state that stage, a second
 * count of a stage, a count that would change an act being signed.
 */
final class TrancheCounts {
    private final Store store;
    private final AgreementAccess agreements;
    private final ExchangeDocuments documents;
    private final Clock clock;

    TrancheCounts(Store store, AgreementAccess agreements, ExchangeDocuments documents, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.documents = documents;
        this.clock = clock;
    }

    /** The agreement's tally as the reader may see it (bags in words only for readers of persons). */
    TallyReply tally(Account reader, String id) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        return CountReplies.tally(loaded, ledger(loaded), agreements.seesPersons(reader, loaded.replayed().stored()));
    }

    /**
     * The tally's line of tranche {@code number} as its act shows it: the counts stated before the act's first signature
     * (all so far while nobody signed), so the section stays the signed one when later counts come.
     */
    Tally.Line line(AcceptedAgreement loaded, int number) {
        Optional<java.time.Instant> signing = store.exchanges().signatures(loaded.id(), HandoverActs.subject(number)).stream()
                .map(org.repatria.store.exchange.Signature::at).min(java.util.Comparator.naturalOrder());
        CountLedger ledger = ledger(loaded);
        return signing.map(ledger::before).orElse(ledger).tally().lines(List.of(number)).stream()
                .filter(l -> l.tranche() == number).findFirst().orElseThrow();
    }

    /** States the caller's side's count from its own signed document (whose text gives the figures). */
    TallyReply stateSigned(Account caller, String id, int number, ExchangeDocuments.Signed signed) {
        Count count = translate(() -> CountText.parse(signed.content()));
        if (!count.agreement().equals(id) || count.tranche() != number || !count.side().equals(caller.party())) {
            throw HttpProblem.invalid("content", "the count names agreement " + count.agreement() + ", tranche "
                    + count.tranche() + ", side " + count.side() + "; this is agreement " + id + ", tranche " + number
                    + ", and you state for " + caller.party());
        }
        return state(caller, id, count, Optional.of(signed));
    }

    /** States the caller's side's count as typed, signed with the key the server holds for the side. */
    TallyReply stateServerHeld(Account caller, String id, int number, CountRequest request) {
        documents.requireServerHeldKey(caller);
        CountRequest r = request == null ? new CountRequest("", "", "", "") : request;
        Count count = translate(() -> {
            String samples = r.samples() == null ? "" : r.samples().strip();
            return new Count(id, number, Stage.of(r.stage()), caller.party(), new Figures(Count.figure("persons", r.persons()),
                    Count.figure("bags", r.bags()), samples.isEmpty() || samples.equals("-") ? OptionalInt.empty()
                    : OptionalInt.of(Count.figure("samples", samples))));
        });
        return state(caller, id, count, Optional.empty());
    }

    private TallyReply state(Account caller, String id, Count count, Optional<ExchangeDocuments.Signed> own) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        agreements.requireSide(caller, id);
        if (loaded.agreement().kind() != AgreementKind.REMAINS) {
            throw HttpProblem.conflict("not_remains", "agreement " + id + " exchanges " + loaded.agreement().kind().name()
                    .toLowerCase(java.util.Locale.ROOT) + ", not remains; only remains tranches are counted");
        }
        CountLedger ledger = ledger(loaded);
        Tranche tranche = HandoverChecks.tranche(PlanVersions.requireInForce(store, loaded), count.tranche());
        PartyId handing = CountLedger.handing(loaded, tranche);
        PartyId states = count.stage().statedByHandingSide() ? handing : loaded.agreement().counterpart(handing);
        if (!caller.party().equals(states)) {
            throw HttpProblem.forbidden("the " + count.stage().token() + " count of tranche " + count.tranche() + " is stated by "
                    + states + (count.stage().statedByHandingSide() ? ", the handing side" : ", the receiving side")
                    + "; you work for " + caller.party());
        }
        ledger.requireOpen(count);
        String anchor = PlanVersions.requireInForce(store, loaded).stored().envelopeId().orElseThrow();
        PartyId to = loaded.agreement().counterpart(caller.party());
        byte[] text = count.text();
        ExchangeDocuments.Signed signed = own.orElseGet(() -> documents.serverHeld(caller, Envelope.of(DocumentType.COUNT,
                caller.party(), List.of(to), text, clock.instant(), Optional.of(Digest.parseHex(anchor))), text));
        StoredCount row = new StoredCount(count.tranche(), count.stage().name(), caller.party(), count.figures().persons(),
                count.figures().bags(), count.figures().samples(), signed.envelope().id().hex(), caller.username(),
                clock.instant());
        documents.submit(caller, signed, new ExchangeDocuments.Expect(DocumentType.COUNT, Set.of(to), Optional.of(anchor),
                Optional.of(text)), store.exchanges().counts().counting(id, row));
        return tally(caller, id);
    }

    private CountLedger ledger(AcceptedAgreement loaded) {
        return CountLedger.of(store, loaded);
    }

    private static <T> T translate(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (CountException e) {
            String prefix = e.field() + ": ";
            String why = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw HttpProblem.invalid(e.field(), why);
        }
    }
}
