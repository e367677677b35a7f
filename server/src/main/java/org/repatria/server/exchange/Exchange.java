package org.repatria.server.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.deadline.Deadline;
import org.repatria.core.document.DocumentType;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.GrantRequest;
import org.repatria.server.exchange.AgreementMessages.MoveReply;
import org.repatria.server.exchange.AgreementMessages.MovesRequest;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.AgreementMessages.NominationRequest;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.CrossingReply;
import org.repatria.server.exchange.TrancheMessages.CustodyReply;
import org.repatria.server.exchange.TrancheMessages.CustodyRequest;
import org.repatria.server.exchange.TrancheMessages.DiscrepancyReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.TrancheRequest;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;

/**
 * Running exchanges inside the server: the parts the API's routes ({@link ExchangeApi}) and the desk's pages share,
 * with the same need-to-know. The desk reads through the public methods, which answer with the API's replies.
 */
public final class Exchange {
    private final Store store;
    private final AgreementAccess agreements;
    private final ExchangeDocuments documents;
    private final Negotiations negotiations;
    private final Nominations nominations;
    private final ManualMoves moves;
    private final TranchePlans plans;
    private final HandoverChecks checks;
    private final CosignedTexts cosigned;
    private final HandoverActs acts;
    private final Reports reports;
    private final PrintedActs printedActs;
    private final CustodyChains custody;
    private final Crossings crossings;
    private final BagSamples samples;
    private final TrancheCounts counts;
    private final AgreementDeadlines deadlines;

    /** Over {@code store}, documents appended to {@code log}, times from {@code clock}. */
    public Exchange(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.documents = new ExchangeDocuments(store, new DocumentSteps(store, log, clock));
        this.agreements = new AgreementAccess(store, documents, new ChildRecords(store, clock));
        Lifecycle lifecycle = new Lifecycle(clock);
        this.cosigned = new CosignedTexts(store, documents, clock);
        this.negotiations = new Negotiations(store, agreements, documents, clock);
        this.nominations = new Nominations(store, agreements, lifecycle, clock);
        this.moves = new ManualMoves(store, agreements, lifecycle, clock);
        this.plans = new TranchePlans(store, agreements, cosigned, lifecycle, clock);
        this.checks = new HandoverChecks(store, agreements, lifecycle, clock);
        this.counts = new TrancheCounts(store, agreements, documents, clock);
        this.acts = new HandoverActs(store, agreements, checks, cosigned, counts, lifecycle, clock);
        this.reports = new Reports(store, agreements, documents);
        this.printedActs = new PrintedActs(store, acts);
        this.custody = new CustodyChains(store, agreements, lifecycle, clock);
        this.crossings = new Crossings(store, checks);
        this.samples = new BagSamples(store, agreements, lifecycle, clock);
        this.deadlines = new AgreementDeadlines(store, agreements, clock);
    }

    /** The agreements the reader may see, newest first. */
    public List<AgreementReply> agreements(Account reader) {
        return agreements.visible(reader).stream().map(a -> reply(reader, agreements.require(reader, a.id()))).toList();
    }

    /** The agreements the reader may see, outlined for the figures across exchanges (issue 17): nothing personal. */
    public List<AgreementOutline> outlines(Account reader) {
        return agreements.visible(reader).stream()
                .map(a -> AgreementOutline.of(ReplayedAgreement.of(a, store.exchanges().steps(a.id())))).toList();
    }

    /** One agreement; 404 when the reader may not see it. */
    public AgreementReply agreement(Account reader, String id) {
        return reply(reader, agreements.require(reader, id));
    }

    /** Proposes an agreement: the signed proposal document of its canonical text (as {@code POST /api/v1/agreements}). */
    public AgreementReply propose(Account caller, DocumentMessages.Submit signed) {
        return reply(caller, negotiations.propose(caller, signed));
    }

    /** Counters the latest text of agreement {@code id} with a signed proposal answering it. */
    public AgreementReply counter(Account caller, String id, DocumentMessages.Submit signed) {
        return reply(caller, negotiations.counter(caller, id, signed));
    }

    /** Accepts the latest text of agreement {@code id}: a signed answer whose bytes are exactly that text. */
    public AgreementReply accept(Account caller, String id, DocumentMessages.Submit signed) {
        return reply(caller, negotiations.accept(caller, id, signed));
    }

    /** The nominations the reader may see, each with its verdict: its own side's, or all for the mediator. */
    public List<NominationReply> nominations(Account reader, String id) {
        return nominations.list(reader, id);
    }

    /** Nominates rows of one of the caller's own lists; each gets its eligibility verdict with the reason. */
    public List<NominationReply> nominate(Account caller, String id, NominationRequest request) {
        return nominations.nominate(caller, id, request);
    }

    /** What nominating the request's rows would give each (verdict, reason, request link); nothing is stored. */
    public List<NominationReply> previewNominations(Account caller, String id, NominationRequest request) {
        return nominations.preview(caller, id, request);
    }

    /** Every version of the agreement's tranche plan with its signatures (as {@code GET .../plans}). */
    public List<PlanReply> plans(Account reader, String id) {
        return plans.list(reader, id);
    }

    /** Proposes a plan from slots (or an edited one); 422 with the plan's problems when it breaks parity or capacity. */
    public PlanReply proposePlan(Account caller, String id, PlanRequest request) {
        return plans.propose(caller, id, request);
    }

    /** A plan's canonical text, the exact bytes each side signs. */
    public byte[] planText(Account reader, String id, int number) {
        return plans.text(reader, id, number);
    }

    /** A plan as a hand edit starts from: its tranches as an edit sends them, and each member's name by "list/row". */
    public record EditablePlan(List<TrancheRequest> tranches, Map<String, String> names) {
    }

    /** Plan {@code number} as a hand edit starts from: each tranche's slot and members with their basis. */
    public EditablePlan editablePlan(Account reader, String id, int number) {
        return plans.editable(reader, id, number);
    }

    /** A text the caller's side signs next (a plan, an act): its document type, addressee, the envelope it answers, bytes. */
    public record TextToSign(DocumentType type, PartyId to, String answers, byte[] text) {
    }

    /** Plan {@code number} as the caller's side signs it now; empty while the other side's signature waits for the relay. */
    public Optional<TextToSign> planToSign(Account caller, String id, int number) {
        return plans.toSign(caller, id, number);
    }

    /** Signs plan {@code number} for the caller's side: a proposal document of exactly its text. */
    public PlanReply signPlan(Account caller, String id, int number, DocumentMessages.Submit signed) {
        return plans.sign(caller, id, number, new SigningKey.Own(signed));
    }

    /** Signs plan {@code number} for the caller's side with the key the server holds for it (409 when it holds none). */
    public PlanReply signPlanWithServerHeldKey(Account caller, String id, int number) {
        return plans.sign(caller, id, number, new SigningKey.ServerHeld());
    }

    /**
     * The deadlines of an accepted agreement on the clock's day, in the order they fall due (none while it is under
     * negotiation); the tranches' only for readers who see the plan (docs/decisions/0179).
     */
    public List<Deadline> deadlines(Account reader, String id) {
        return deadlines.of(reader, id);
    }

    /** The mediator puts a plan both sides signed in force. */
    public PlanReply confirmPlan(Account mediator, String id, int number) {
        return plans.confirm(mediator, id, number);
    }

    /** The plan in force, when the agreement is accepted and a plan was put in force. */
    public Optional<PlanReply> planInForce(Account reader, String id) {
        if (agreements.require(reader, id).accepted().isEmpty() || !agreements.readsPersons(reader,
                agreements.require(reader, id).stored())) {
            return Optional.empty();
        }
        return plans.list(reader, id).stream().filter(PlanReply::accepted).reduce((a, b) -> b);
    }

    /** A tranche's manifest in the plan in force, with each person's state. */
    public ManifestReply manifest(Account reader, String id, int tranche) {
        return checks.manifest(reader, id, tranche);
    }

    /** Every tranche of plan {@code number}, in force or not, as manifests: who crosses both ways, with their state. */
    public List<ManifestReply> planManifests(Account reader, String id, int number) {
        return checks.manifests(reader, id, number);
    }

    /** A tranche's crossing as recorded: per direction who was handed over, refused or absent; whether it broke parity. */
    public CrossingReply recorded(Account reader, String id, int tranche) {
        return crossings.recorded(reader, id, tranche);
    }

    /** The observers the mediator showed the agreement to; empty for anyone but the mediator. */
    public List<PartyId> grants(Account reader, String id) {
        ReplayedAgreement a = agreements.require(reader, id);
        return reader.party().equals(a.stored().mediator()) ? store.exchanges().grants(a.id()) : List.of();
    }

    /** Records what the caller's side presented at the crossing. */
    public HandoverReply handover(Account caller, String id, int tranche, HandoverRequest request) {
        if (!agreements.require(caller, id).stored().isSide(caller.party())) {
            throw HttpProblem.forbidden("only the side handing persons over records the crossing");
        }
        return checks.record(caller, id, tranche, request);
    }

    /** The tranche's act as it stands: its text and signatures; 409 while nothing was recorded at the crossing. */
    public ActReply act(Account reader, String id, int tranche) {
        return acts.show(reader, id, tranche);
    }

    /** The tranche's act as it stands; empty while it cannot be drawn up (nothing recorded at the crossing yet). */
    public Optional<ActReply> actOnceRecorded(Account reader, String id, int tranche) {
        try {
            return Optional.of(acts.show(reader, id, tranche));
        } catch (HttpProblem e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The act as the caller's side signs it now; empty while it cannot be drawn up (nothing recorded at the crossing yet)
     * or the other side's signature waits for the mediator's relay.
     */
    public Optional<TextToSign> actToSign(Account caller, String id, int tranche) {
        try {
            return acts.toSign(caller, id, tranche);
        } catch (HttpProblem e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Signs the act for the caller's side: its handover-act document, signed with the side's own key. */
    public ActReply signAct(Account caller, String id, int tranche, DocumentMessages.Submit signed) {
        return acts.sign(caller, id, tranche, new SigningKey.Own(signed));
    }

    /** Signs the act for the caller's side with the key the server holds for it (409 when it holds none). */
    public ActReply signActWithServerHeldKey(Account caller, String id, int tranche) {
        return acts.sign(caller, id, tranche, new SigningKey.ServerHeld());
    }

    /** Whether the mediator enabled a server-held key for the caller's party. */
    public boolean holdsKeyFor(Account caller) {
        return documents.holdsKeyFor(caller.party());
    }

    /** Shows an agreement's terms and progress (nothing personal) to the observer the mediator names. */
    public AgreementReply grant(Account mediator, String id, GrantRequest request) {
        return reply(mediator, agreements.grant(mediator, id, request));
    }

    /** The lifecycle moves the reader may see, with who, party, when and why. */
    public List<MoveReply> moves(Account reader, String id) {
        return moves.history(reader, id);
    }

    /** Moves persons through the lifecycle by hand, all or none; an impossible move is a 409 with the reason. */
    public List<MoveReply> move(Account caller, String id, MovesRequest request) {
        return moves.move(caller, id, request);
    }

    /** Samples taken from received body bags: their chains, the bags a person was found in, the counts (issue 16). */
    public BagSamples samples() {
        return samples;
    }

    /** Adds a step to the chain of custody of a received body bag; the receiving side. */
    public CustodyReply recordCustody(Account caller, String id, CustodyRequest request) {
        return custody.record(caller, id, request);
    }

    /** A body bag's chain of custody from the crossing until identification. */
    public CustodyReply custody(Account reader, String id, String bodyTag) {
        return custody.show(reader, id, bodyTag);
    }

    /** Every discrepancy recorded at the crossings; persons and details only for the sides and the mediator. */
    public List<DiscrepancyReply> discrepancies(Account reader, String id) {
        return checks.discrepancies(reader, id);
    }

    /** The agreement's counts of remains: per tranche and stage, running totals, differences and the bags explaining them. */
    public CountMessages.TallyReply counts(Account reader, String id) {
        return counts.tally(reader, id);
    }

    /** States the caller's side's count of a remains tranche: a count document it signed, whose text gives the figures. */
    public CountMessages.TallyReply stateCount(Account caller, String id, int tranche, DocumentMessages.Submit signed) {
        return counts.stateSigned(caller, id, tranche, ExchangeDocuments.read(signed));
    }

    /** States the caller's side's count as typed, signed with the key the server holds for it (409 when it holds none). */
    public CountMessages.TallyReply stateCountWithServerHeldKey(Account caller, String id, int tranche,
                                                                CountMessages.CountRequest request) {
        return counts.stateServerHeld(caller, id, tranche, request);
    }

    /** Sends the tranche's act as a PDF in English, Ukrainian and Russian for print (docs/decisions/0177). */
    public void actPdf(AdmittedRequest call) {
        printedActs.download(call);
    }

    /** Sends the agreement's report ({@code format} path parameter csv or pdf) as a download. */
    public void report(AdmittedRequest call) {
        reports.download(call);
    }

    private AgreementReply reply(Account reader, ReplayedAgreement replayed) {
        return AgreementReplies.agreement(store, documents, replayed, step -> agreements.mayRead(reader, step));
    }
}
