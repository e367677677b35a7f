package org.repatria.server.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.today.Due.Kind;
import org.repatria.store.Store;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.OpenState;
import org.repatria.store.exchange.StoredAgreement;

/**
 * What the reader's agreements wait on: a text to answer, nominations, plans and acts to sign, a plan to put in force,
 * tranches to cross. A plan is due by the terms' {@code plan-by} (else their completion date), a tranche and its act
 * on the tranche's day in the plan in force (docs/decisions/0179).
 * A side sees its own steps only (never whether the other side nominated); the mediator sees every side's. An agreement
 * exchanging children shows on a side's desk only to its accounts that work children's cases.
 */
final class AgreementDues {
    private static final String HOME = "/desk/agreements/";
    private final Store store;
    private final DocumentStates documents;
    private final ChildRecords children;
    /** The deadlines of accepted agreements, by id: an accepted text never changes. */
    private final Map<String, Deadlines> accepted = new ConcurrentHashMap<>();
    private final TrancheDays plans;
    /** The sides known to have nominated: nominations are never taken back, so they are not probed again. */
    private final Set<OpenState.Side> nominated = ConcurrentHashMap.newKeySet();

    AgreementDues(Store store, DocumentStates documents, ChildRecords children) {
        this.store = store;
        this.documents = documents;
        this.children = children;
        this.plans = new TrancheDays(store);
    }

    List<Due> of(Account reader) {
        if (reader.role() != Role.MEDIATOR && reader.role() != Role.PARTY_DESK) {
            return List.of();
        }
        boolean mediator = reader.role() == Role.MEDIATOR;
        List<StoredAgreement> open = new ArrayList<>();
        List<Due> out = new ArrayList<>();
        for (StoredAgreement a : store.exchanges().agreements()) {
            if (mediator ? !a.mediator().equals(reader.party()) : !a.isSide(reader.party()) || !childrenOk(reader, a)) {
                continue;
            }
            if (a.acceptedStep().isPresent() && a.acceptedStep().getAsInt() > 0) {
                open.add(a);
            } else if (!mediator) {
                negotiating(reader, a).ifPresent(out::add);
            }
        }
        Map<String, StoredAgreement> byId = new java.util.HashMap<>();
        open.forEach(a -> byId.put(a.id(), a));
        for (OpenState s : store.exchanges().openStates(open, Set.copyOf(nominated))) {
            s.nominated().forEach(side -> nominated.add(new OpenState.Side(s.agreementId(), side)));
            StoredAgreement a = byId.get(s.agreementId());
            Deadlines d = deadlines(a);
            List<PartyId> sides = mediator ? List.of(a.partyA(), a.partyB()) : List.of(reader.party());
            if (s.latestPlan().isEmpty()) { // nominations come before any plan
                for (PartyId side : sides) {
                    if (!s.nominated().contains(side)) {
                        out.add(new Due(Kind.NOMINATE, a.id(), side, Optional.of(d.nominationsBy()), 0,
                                HOME + a.id() + "/nominations"));
                    }
                }
            }
            if (s.latestPlan().isPresent() && !s.latestInForce()) {
                int n = s.latestPlan().getAsInt();
                cosign(a, s, "plan " + n, n, sides, mediator, d.planBy().orElse(d.completedBy()), Kind.SIGN_PLAN,
                        HOME + a.id() + "/plans", out);
            }
            Map<Integer, LocalDate> days = s.latestPlan().isPresent() ? plans.trancheDays(s) : Map.of();
            for (int tranche : s.recordedTranches()) {
                cosign(a, s, "act " + tranche, tranche, sides, false, days.getOrDefault(tranche, d.completedBy()),
                        Kind.SIGN_ACT, HOME + a.id() + "/tranches/" + tranche, out);
            }
            days.forEach((tranche, day) -> {
                if (!s.recordedTranches().contains(tranche)) {
                    sides.forEach(side -> out.add(new Due(Kind.CROSS, a.id(), side, Optional.of(day), tranche,
                            HOME + a.id() + "/tranches/" + tranche)));
                }
            });
        }
        return out;
    }

    /**
     * A text both sides sign in turn: a side that has not signed signs when nobody has, or once the other's signature
     * was relayed; with both signed and relayed, the mediator puts a plan in force ({@code confirms}).
     */
    private void cosign(StoredAgreement a, OpenState s, String subject, int number, List<PartyId> sides, boolean confirms,
                        LocalDate by, Kind kind, String link, List<Due> out) {
        List<OpenState.Signed> signed = s.signatures().getOrDefault(subject, List.of());
        boolean allRelayed = signed.stream().allMatch(x -> documents.relayed(x.envelopeId()));
        for (PartyId side : sides) {
            boolean done = signed.stream().anyMatch(x -> x.party().equals(side));
            if (!done && (signed.isEmpty() || allRelayed)) {
                out.add(new Due(kind, a.id(), side, Optional.of(by), number, link));
            }
        }
        if (confirms && signed.size() == 2 && allRelayed) {
            out.add(new Due(Kind.CONFIRM_PLAN, a.id(), a.mediator(), Optional.of(by), number, link));
        }
    }

    /** A text the other side proposed, relayed to the reader's side, waits on its answer. */
    private Optional<Due> negotiating(Account reader, StoredAgreement a) {
        List<AgreementStep> steps = store.exchanges().steps(a.id());
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        AgreementStep last = steps.getLast();
        boolean theirs = !last.party().equals(reader.party()) && last.kind() != AgreementStep.Kind.ACCEPTANCE;
        return theirs && documents.relayed(last.envelopeId())
                ? Optional.of(new Due(Kind.NEGOTIATE, a.id(), reader.party(), Optional.empty(), last.number(), HOME + a.id()))
                : Optional.empty();
    }

    private boolean childrenOk(Account reader, StoredAgreement a) {
        return !AgreementKind.CHILDREN.name().equalsIgnoreCase(a.kind()) || children.mayRead(reader);
    }

    private Deadlines deadlines(StoredAgreement a) {
        return accepted.computeIfAbsent(a.id(), id -> {
            AgreementStep text = store.exchanges().steps(id).reversed().stream()
                    .filter(s -> s.kind() != AgreementStep.Kind.ACCEPTANCE).findFirst().orElseThrow();
            return AgreementText.parse(text.text().getBytes(StandardCharsets.UTF_8)).deadlines();
        });
    }
}
