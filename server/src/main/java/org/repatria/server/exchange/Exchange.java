package org.repatria.server.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.log.DocumentSteps;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.Call;
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
        this.agreements = new Agreements(store);
        this.signing = new Signing(store, new DocumentSteps(store, log, clock));
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
        return agreements.visible(reader).stream().map(a -> reply(agreements.require(reader, a.id()))).toList();
    }

    /** One agreement; 404 when the reader may not see it. */
    public AgreementReply agreement(Account reader, String id) {
        return reply(agreements.require(reader, id));
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

    /** Signs the act for the caller's side with the key the server holds for it (409 when it holds none). */
    public ActReply signActWithServerHeldKey(Account caller, String id, int tranche) {
        return acts.signWithServerHeldKey(caller, id, tranche);
    }

    /** Whether the mediator enabled a server-held key for the caller's party. */
    public boolean holdsKeyFor(Account caller) {
        return signing.holdsKeyFor(caller.party());
    }

    /** Sends the agreement's report ({@code format} path parameter csv or pdf) as a download. */
    public void report(Call call) {
        reports.download(call);
    }

    AgreementReply reply(Running running) {
        return Replies.agreement(store, signing, running);
    }
}
