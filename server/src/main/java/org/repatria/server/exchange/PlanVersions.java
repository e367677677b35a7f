package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.tranche.Basis;
import org.repatria.core.tranche.DropOut;
import org.repatria.core.tranche.Placement;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.PlanningException;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.server.exchange.TrancheMessages.TrancheReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredPlan;
import org.repatria.store.exchange.TrancheMember;

/** Reading stored plans back as core plans: the one in force (the latest accepted), drop-outs, replies. */
final class PlanVersions {
    // Every step reads the plan in force, and a 1,000-a-side plan takes tens of milliseconds to parse: the same text is
    // parsed once (a plan's text never changes once stored; parsing is a function of the text alone).
    private static final ParsedPlans PARSED = new ParsedPlans(8);

    private PlanVersions() {
    }

    /** A stored plan with its core form. */
    record Version(StoredPlan stored, Plan plan) {
        String subject() {
            return "plan " + stored.number();
        }
    }

    /** The plan in force: the latest accepted one. */
    static Optional<Version> inForce(Store store, AcceptedAgreement loaded) {
        return store.exchanges().planInForce(loaded.id()).map(p -> version(p, loaded));
    }

    /** The plan in force; 409 when no plan was accepted yet. */
    static Version requireInForce(Store store, AcceptedAgreement loaded) {
        return inForce(store, loaded).orElseThrow(() -> HttpProblem.conflict("no_plan", "agreement " + loaded.id()
                + " has no accepted tranche plan yet; both sides sign one and the mediator confirms it"));
    }

    /** Plan {@code number}; 404 when there is none. */
    static Version require(Store store, AcceptedAgreement loaded, int number) {
        return store.exchanges().plan(loaded.id(), number).map(p -> version(p, loaded))
                .orElseThrow(() -> HttpProblem.notFound("agreement " + loaded.id() + " has no plan " + number));
    }

    /** A stored plan read back from core's canonical text, the bytes both sides sign (docs/decisions/0118). */
    static Version version(StoredPlan p, AcceptedAgreement loaded) {
        return new Version(p, parsed(p, loaded.id()));
    }

    /** The core form of plan {@code p} of agreement {@code agreementId}, parsed once per text. */
    static Plan parsed(StoredPlan p, String agreementId) {
        try {
            return PARSED.parse(p.text());
        } catch (PlanningException e) {
            throw new IllegalStateException("plan " + p.number() + " of agreement " + agreementId + " is stored in a form"
                    + " this server cannot read (" + e.getMessage() + "); it was stored before plans took core's canonical"
                    + " text: propose the plan again", e);
        }
    }

    /** The persons of {@code plan} who dropped out (refused, not found, died, withdrawn), with their tranche. */
    static List<DropOut> dropOuts(Plan plan, Map<PersonRef, String> states) {
        List<DropOut> out = new ArrayList<>();
        for (Tranche t : plan.tranches()) {
            for (Placement p : t.placements()) {
                reason(states.get(p.nominee().person())).ifPresent(r -> out.add(new DropOut(p.nominee(), t.number(), r)));
            }
        }
        return out;
    }

    private static Optional<DropOut.Reason> reason(String state) {
        if (state == null) {
            return Optional.empty();
        }
        return switch (PersonState.valueOf(state)) {
            case REFUSED_REPATRIATION -> Optional.of(DropOut.Reason.REFUSED_REPATRIATION);
            case NOT_FOUND -> Optional.of(DropOut.Reason.NOT_FOUND);
            case DIED_IN_CUSTODY -> Optional.of(DropOut.Reason.DIED_IN_CUSTODY);
            case WITHDRAWN -> Optional.of(DropOut.Reason.WITHDRAWN);
            default -> Optional.empty();
        };
    }

    static List<TrancheMember> members(Plan plan) {
        List<TrancheMember> out = new ArrayList<>();
        for (Tranche t : plan.tranches()) {
            for (Placement p : t.placements()) {
                out.add(new TrancheMember(t.number(), p.nominee().holder(), p.nominee().person()));
            }
        }
        return out;
    }

    static PlanReply reply(Version v, String anchor, List<SignatureReply> signatures, int unplaced) {
        List<TrancheReply> tranches = v.plan().tranches().stream().map(t -> new TrancheReply(t.number(),
                t.slot().date().toString(), t.slot().crossing(), counts(t, Basis.REGULAR), counts(t, Basis.EXEMPT),
                counts(t, Basis.MAKE_GOOD), t.explanation())).toList();
        return new PlanReply(v.stored().number(), v.stored().envelopeId().isPresent(), v.stored().envelopeId().orElse(""),
                anchor, signatures, tranches, unplaced);
    }

    private static Map<String, Integer> counts(Tranche t, Basis basis) {
        Map<String, Integer> out = new TreeMap<>();
        for (Placement p : t.placements()) {
            if (p.basis() == basis) {
                out.merge(p.nominee().holder().value(), 1, Integer::sum);
            }
        }
        return out;
    }
}
