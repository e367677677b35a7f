package org.repatria.server.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repatria.core.account.Account;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.tranche.Capacity;
import org.repatria.core.tranche.Plan;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.AgreementMessages.NominationRequest;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.MemberRequest;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;
import org.repatria.server.exchange.TrancheMessages.TrancheRequest;
import org.repatria.server.log.DocumentSteps;
import org.repatria.server.log.LogMessages;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;

/**
 * Running exchanges inside the server: the parts the API's routes ({@link ExchangeApi}) and the desk's pages share,
 * with the same need-to-know. The desk reads through the public methods, which answer with the API's replies.
 */
public final class Exchange {
    final Store store;
    final Agreements agreements;
    final Signing signing;
    final Negotiating negotiating;
    final Nominating nominating;
    final Moving moving;
    final Planning planning;
    final Crossing crossing;
    final Acts acts;
    final Reports reports;
    final Custodies custodies;

    /** Over {@code store}, documents appended to {@code log}, times from {@code clock}. */
    public Exchange(Store store, TransparencyLog log, Clock clock) {
        this.store = store;
        this.signing = new Signing(store, new DocumentSteps(store, log, clock));
        this.agreements = new Agreements(store, signing);
        Lifecycle lifecycle = new Lifecycle(clock);
        Cosigning cosigning = new Cosigning(store, signing, clock);
        this.negotiating = new Negotiating(store, agreements, signing, clock);
        this.nominating = new Nominating(store, agreements, lifecycle, clock);
        this.moving = new Moving(store, agreements, lifecycle, clock);
        this.planning = new Planning(store, agreements, cosigning, lifecycle, clock);
        this.crossing = new Crossing(store, agreements, lifecycle, clock);
        this.acts = new Acts(store, agreements, crossing, cosigning, lifecycle, clock);
        this.reports = new Reports(store, agreements, signing);
        this.custodies = new Custodies(store, agreements, lifecycle, clock);
    }

    /** The agreements the reader may see, newest first. */
    public List<AgreementReply> agreements(Account reader) {
        return agreements.visible(reader).stream().map(a -> reply(reader, agreements.require(reader, a.id()))).toList();
    }

    /** One agreement; 404 when the reader may not see it. */
    public AgreementReply agreement(Account reader, String id) {
        return reply(reader, agreements.require(reader, id));
    }

    /** Proposes an agreement: the signed proposal document of its canonical text (as {@code POST /api/v1/agreements}). */
    public AgreementReply propose(Account caller, LogMessages.Submit signed) {
        return reply(caller, negotiating.propose(caller, signed));
    }

    /** Counters the latest text of agreement {@code id} with a signed proposal answering it. */
    public AgreementReply counter(Account caller, String id, LogMessages.Submit signed) {
        return reply(caller, negotiating.counter(caller, id, signed));
    }

    /** Accepts the latest text of agreement {@code id}: a signed answer whose bytes are exactly that text. */
    public AgreementReply accept(Account caller, String id, LogMessages.Submit signed) {
        return reply(caller, negotiating.accept(caller, id, signed));
    }

    /** The nominations the reader may see, each with its verdict: its own side's, or all for the mediator. */
    public List<NominationReply> nominations(Account reader, String id) {
        return nominating.list(reader, id);
    }

    /** Nominates rows of one of the caller's own lists; each gets its eligibility verdict with the reason. */
    public List<NominationReply> nominate(Account caller, String id, NominationRequest request) {
        return nominating.nominate(caller, id, request);
    }

    /** What nominating the request's rows would give each (verdict, reason, request link); nothing is stored. */
    public List<NominationReply> previewNominations(Account caller, String id, NominationRequest request) {
        return nominating.preview(caller, id, request);
    }

    /** Every version of the agreement's tranche plan with its signatures (as {@code GET .../plans}). */
    public List<PlanReply> plans(Account reader, String id) {
        return planning.list(reader, id);
    }

    /** Proposes a plan from slots (or an edited one); 422 with the plan's problems when it breaks parity or capacity. */
    public PlanReply proposePlan(Account caller, String id, PlanRequest request) {
        return planning.propose(caller, id, request);
    }

    /** A plan's canonical text, the exact bytes each side signs. */
    public byte[] planText(Account reader, String id, int number) {
        return planning.text(reader, id, number);
    }

    /** A plan as a hand edit starts from: its tranches as an edit sends them, and each member's name by "list/row". */
    public record EditablePlan(List<TrancheRequest> tranches, Map<String, String> names) {
    }

    /** Plan {@code number} as a hand edit starts from: each tranche's slot and members with their basis. */
    public EditablePlan editablePlan(Account reader, String id, int number) {
        Plan plan = Plans.require(store, Loaded.of(store, agreements, reader, id), number).plan();
        Map<String, String> names = new TreeMap<>();
        List<TrancheRequest> tranches = plan.tranches().stream().map(t -> {
            Capacity c = t.slot().capacity();
            return new TrancheRequest(t.number(), new SlotRequest(t.slot().date().toString(), t.slot().crossing(),
                    c.seats(), c.stretchers(), c.wagons(), c.bodiesPerWagon()), t.placements().stream().map(p -> {
                        names.put(p.nominee().person().list() + "/" + p.nominee().person().rowId(),
                                p.nominee().displayName());
                        return new MemberRequest(p.nominee().person().list().toString(), p.nominee().person().rowId(),
                                p.basis().name().toLowerCase(Locale.ROOT));
                    }).toList());
        }).toList();
        return new EditablePlan(tranches, names);
    }

    /** Signs plan {@code number} for the caller's side: a proposal document of exactly its text. */
    public PlanReply signPlan(Account caller, String id, int number, LogMessages.Submit signed) {
        return planning.sign(caller, id, number, signed);
    }

    /** The mediator puts a plan both sides signed in force. */
    public PlanReply confirmPlan(Account mediator, String id, int number) {
        return planning.confirm(mediator, id, number);
    }

    /** The plan in force, when the agreement is accepted and a plan was put in force. */
    public Optional<PlanReply> planInForce(Account reader, String id) {
        if (agreements.require(reader, id).accepted().isEmpty() || !Agreements.seesPersons(reader,
                agreements.require(reader, id).stored())) {
            return Optional.empty();
        }
        return planning.list(reader, id).stream().filter(PlanReply::accepted).reduce((a, b) -> b);
    }

    /** A tranche's manifest in the plan in force, with each person's state. */
    public ManifestReply manifest(Account reader, String id, int tranche) {
        return crossing.manifest(reader, id, tranche);
    }

    /** Records what the caller's side presented at the crossing. */
    public HandoverReply handover(Account caller, String id, int tranche, HandoverRequest request) {
        if (!agreements.require(caller, id).stored().isSide(caller.party())) {
            throw HttpProblem.forbidden("only the side handing persons over records the crossing");
        }
        return crossing.record(caller, id, tranche, request);
    }

    /** The tranche's act as it stands; empty while nothing was recorded at the crossing. */
    public Optional<ActReply> act(Account reader, String id, int tranche) {
        try {
            return Optional.of(acts.show(reader, id, tranche));
        } catch (HttpProblem e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Signs the act for the caller's side: its handover-act document, signed with the side's own key. */
    public ActReply signAct(Account caller, String id, int tranche, LogMessages.Submit signed) {
        return acts.sign(caller, id, tranche, signed);
    }

    /** Signs the act for the caller's side with the key the server holds for it (409 when it holds none). */
    public ActReply signActWithServerHeldKey(Account caller, String id, int tranche) {
        return acts.signWithServerHeldKey(caller, id, tranche);
    }

    /** Whether the mediator enabled a server-held key for the caller's party. */
    public boolean holdsKeyFor(Account caller) {
        return signing.holdsKeyFor(caller.party());
    }

    /** Sends the agreement's report ({@code format} path parameter csv or pdf) as a download. */
    public void report(AdmittedRequest call) {
        reports.download(call);
    }

    AgreementReply reply(Account reader, Running running) {
        return Replies.agreement(store, signing, running, step -> agreements.mayRead(reader, step));
    }
}
