package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.document.DocumentType;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.list.ListId;
import org.repatria.core.tranche.Basis;
import org.repatria.core.tranche.Capacity;
import org.repatria.core.tranche.DropOut;
import org.repatria.core.tranche.Placement;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.PlanCheck;
import org.repatria.core.tranche.PlanText;
import org.repatria.core.tranche.Planner;
import org.repatria.core.tranche.PlanningException;
import org.repatria.core.tranche.Problem;
import org.repatria.core.tranche.Slot;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.TrancheMessages.MemberRequest;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;
import org.repatria.server.exchange.TrancheMessages.TrancheRequest;
import org.repatria.store.Store;
import org.repatria.store.exchange.Signature;
import org.repatria.store.exchange.StoredPlan;

/**
 * Tranche plans: the planner proposes one from slots, the mediator or a side submits one edited by hand (refused with
 * a 422 naming tranche, side and counts when it breaks parity or capacity), or re-plans the drop-outs; both sides sign
 * a version, and the mediator confirms it, placing everyone in their tranche.
 */
final class TranchePlans {
    private final Store store;
    private final AgreementAccess agreements;
    private final CosignedTexts cosigned;
    private final Lifecycle lifecycle;
    private final Clock clock;

    TranchePlans(Store store, AgreementAccess agreements, CosignedTexts cosigned, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.cosigned = cosigned;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    PlanReply propose(Account caller, String id, PlanRequest request) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        requireActor(caller, loaded);
        Plan plan = draft(loaded, request);
        List<Problem> problems = PlanCheck.check(loaded.agreement(), plan);
        if (!problems.isEmpty()) {
            throw new HttpProblem(422, "plan_breaks_terms", problems.stream().map(TranchePlans::words)
                    .collect(Collectors.joining("; ")), Optional.of("tranches"));
        }
        int number = store.exchanges().addPlan(id, new StoredPlan(0, new String(PlanText.render(plan),
                StandardCharsets.UTF_8), Optional.empty(), caller.username(), clock.instant()), PlanVersions.members(plan));
        return PlanVersions.reply(PlanVersions.require(store, loaded, number), anchor(loaded), List.of(), plan.unplaced().size());
    }

    List<PlanReply> list(Account reader, String id) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        return store.exchanges().plans(id).stream().map(p -> PlanVersions.version(p, loaded))
                .map(v -> PlanVersions.reply(v, anchor(loaded), cosigned.signatures(id, v.subject()), 0)).toList();
    }

    byte[] text(Account reader, String id, int number) {
        return PlanVersions.require(store, AcceptedAgreement.of(store, agreements, reader, id), number).stored().text()
                .getBytes(StandardCharsets.UTF_8);
    }

    // Two sides signing at once cannot both sign as the first: the database refuses the second (docs/decisions/0119).
    /** Signs plan {@code number} for the caller's side with {@code key}: a proposal document of exactly its text. */
    PlanReply sign(Account caller, String id, int number, SigningKey key) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        PlanVersions.Version v = PlanVersions.require(store, loaded, number);
        agreements.requireSide(caller, id);
        cosigned.sign(caller, loaded.replayed(), new CosignedTexts.Cosignature(v.subject(),
                v.stored().text().getBytes(StandardCharsets.UTF_8), DocumentType.PROPOSAL, anchor(loaded), key, List.of(),
                OptionalInt.empty()));
        return PlanVersions.reply(v, anchor(loaded), cosigned.signatures(id, v.subject()), 0);
    }

    /** Plan {@code number} as the caller's side signs it now; empty while the first signature waits for the relay. */
    Optional<Exchange.TextToSign> toSign(Account caller, String id, int number) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        PlanVersions.Version v = PlanVersions.require(store, loaded, number);
        return cosigned.answers(id, v.subject(), anchor(loaded)).map(answers -> new Exchange.TextToSign(DocumentType.PROPOSAL,
                loaded.replayed().stored().counterpart(caller.party()), answers,
                v.stored().text().getBytes(StandardCharsets.UTF_8)));
    }

    /** The mediator puts a plan both sides signed in force: agreed and placed persons move, those taken out go back. */
    PlanReply confirm(Account mediator, String id, int number) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, mediator, id);
        PlanVersions.Version v = PlanVersions.require(store, loaded, number);
        if (!cosigned.complete(id, v.subject())) {
            throw HttpProblem.conflict("plan_unsigned", "both sides sign " + v.subject() + " and you relay both documents before"
                    + " confirming it; signed so far: " + cosigned.signatures(id, v.subject()).stream()
                    .map(x -> x.party() + (x.relayed() ? " (relayed)" : " (not relayed)")).toList());
        }
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, clock.instant());
        Set<PersonRef> placed = new HashSet<>();
        for (Tranche t : v.plan().tranches()) {
            for (Placement p : t.placements()) {
                placed.add(p.nominee().person());
                place(batch, p.nominee(), mediator, v.stored().number());
            }
        }
        PlanVersions.inForce(store, loaded).ifPresent(old -> old.plan().tranches().stream().flatMap(t -> t.placements().stream())
                .map(Placement::nominee).filter(n -> !placed.contains(n.person()))
                .filter(n -> batch.state(n.person()).orElse(PersonState.NOMINATED) == PersonState.IN_TRANCHE)
                .forEach(n -> batch.move(n, PersonState.AGREED, mediator, "not in " + v.subject())));
        List<Signature> signatures = store.exchanges().signatures(id, v.subject());
        Refusals.translate(() -> store.exchanges().acceptPlan(id, number, signatures.getLast().envelopeId(), batch.moves()));
        return PlanVersions.reply(PlanVersions.require(store, loaded, number), anchor(loaded), cosigned.signatures(id, v.subject()), 0);
    }

    /** Plan {@code number} as a hand edit starts from: each tranche's slot and members with their basis. */
    Exchange.EditablePlan editable(Account reader, String id, int number) {
        Plan plan = PlanVersions.require(store, AcceptedAgreement.of(store, agreements, reader, id), number).plan();
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
        return new Exchange.EditablePlan(tranches, names);
    }

    /** A plan's first signature answers the accepted agreement's document. */
    private static String anchor(AcceptedAgreement loaded) {
        return loaded.replayed().steps().get(loaded.replayed().stored().acceptedStep().orElseThrow() - 1).envelopeId();
    }

    private static void place(MoveBatch batch, Nominee n, Account mediator, int plan) {
        PersonState now = batch.state(n.person()).orElse(PersonState.NOMINATED);
        if (now == PersonState.NOMINATED) {
            batch.move(n, PersonState.AGREED, mediator, ServerNote.AGREED.write(plan));
            now = PersonState.AGREED;
        }
        if (now == PersonState.AGREED) {
            batch.move(n, PersonState.IN_TRANCHE, mediator, ServerNote.PLACED.write(plan));
        }
    }

    private Plan draft(AcceptedAgreement loaded, PlanRequest request) {
        List<SlotRequest> slots = Optional.ofNullable(request.slots()).orElse(List.of());
        List<TrancheRequest> tranches = Optional.ofNullable(request.tranches()).orElse(List.of());
        if ((request.replan() ? 1 : 0) + (slots.isEmpty() ? 0 : 1) + (tranches.isEmpty() ? 0 : 1) != 1) {
            throw HttpProblem.malformed("send exactly one of: slots (the planner fills them), tranches (a plan edited by"
                    + " hand) or replan: true (make good the drop-outs of the plan in force)");
        }
        try {
            if (!slots.isEmpty()) {
                List<Slot> s = new ArrayList<>();
                for (int i = 0; i < slots.size(); i++) {
                    s.add(slot(slots.get(i), "slots[" + i + "]"));
                }
                return Planner.plan(loaded.agreement(), loaded.rosters().first(), loaded.rosters().second(), s);
            }
            if (request.replan()) {
                PlanVersions.Version v = PlanVersions.requireInForce(store, loaded);
                int through = v.plan().tranches().stream().mapToInt(Tranche::number)
                        .filter(n -> !store.exchanges().checks(loaded.id(), n).isEmpty()).max().orElse(0);
                return Planner.replan(loaded.agreement(), v.plan(), loaded.rosters().first(), loaded.rosters().second(),
                        through, PlanVersions.dropOuts(v.plan(), loaded.states()));
            }
            return edited(loaded, tranches);
        } catch (PlanningException e) {
            throw HttpProblem.unprocessable("cannot_plan", e.getMessage());
        }
    }

    private Plan edited(AcceptedAgreement loaded, List<TrancheRequest> tranches) {
        List<Tranche> out = new ArrayList<>();
        Set<PersonRef> seen = new HashSet<>();
        for (int i = 0; i < tranches.size(); i++) {
            TrancheRequest t = tranches.get(i);
            String field = "tranches[" + i + "]";
            if (t == null) {
                throw HttpProblem.invalid(field, "is required: number, slot and members");
            }
            List<Placement> placements = new ArrayList<>();
            List<MemberRequest> members = Optional.ofNullable(t.members()).orElse(List.of());
            for (int j = 0; j < members.size(); j++) {
                placements.add(placement(loaded, members.get(j), field + ".members[" + j + "]", seen));
            }
            if (t.slot() == null) {
                throw HttpProblem.invalid(field + ".slot", "is required");
            }
            out.add(new Tranche(t.number(), slot(t.slot(), field + ".slot"), placements, List.of("edited by hand")));
        }
        List<DropOut> dropOuts = PlanVersions.inForce(store, loaded)
                .map(v -> PlanVersions.dropOuts(v.plan(), loaded.states())).orElse(List.of());
        return new Plan(loaded.agreement().id(), out, List.of(), dropOuts);
    }

    private static Placement placement(AcceptedAgreement loaded, MemberRequest m, String field, Set<PersonRef> seen) {
        if (m == null) {
            throw HttpProblem.invalid(field, "is required: list, row and basis");
        }
        PersonRef ref;
        try {
            ref = new PersonRef(ListId.parse(m.list() == null ? "" : m.list()), m.row() == null ? "" : m.row());
        } catch (IllegalArgumentException | AgreementException e) {
            throw HttpProblem.invalid(field, "give the list id (a UUID) and row of a nominee");
        }
        Nominee n = loaded.rosters().nominees().get(ref);
        if (n == null) {
            throw HttpProblem.invalid(field, ref + " is not nominated for agreement " + loaded.id());
        }
        if (!seen.add(ref)) {
            throw HttpProblem.invalid(field, ref + " is placed twice");
        }
        try {
            return new Placement(n, Basis.valueOf((m.basis() == null ? "regular" : m.basis()).strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field + ".basis", "use regular, exempt or make_good");
        }
    }

    private static Slot slot(SlotRequest s, String field) {
        if (s == null) {
            throw HttpProblem.invalid(field, "is required: date, crossing, seats, stretchers, wagons, bodies_per_wagon");
        }
        try {
            return new Slot(date(s.date(), field + ".date"), s.crossing() == null ? "" : s.crossing(),
                    new Capacity(s.seats(), s.stretchers(), s.wagons(), s.bodiesPerWagon()));
        } catch (PlanningException e) {
            throw HttpProblem.invalid(field, e.getMessage());
        }
    }

    /** A date from a request; 400 naming the field when it is not YYYY-MM-DD. */
    private static LocalDate date(String raw, String field) {
        try {
            return LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            throw HttpProblem.invalid(field, "give the date as YYYY-MM-DD, not '" + raw + "'");
        }
    }

    private static void requireActor(Account caller, AcceptedAgreement loaded) {
        boolean mediator = caller.party().equals(loaded.agreement().mediator());
        if (!mediator && !loaded.agreement().isParty(caller.party())) {
            throw HttpProblem.forbidden("only the mediator and the two sides of " + loaded.id() + " make plans");
        }
    }

    private static String words(Problem p) {
        String where = p.tranche().isPresent() ? "tranche " + p.tranche().getAsInt() : "plan";
        return where + p.side().map(s -> ", side " + s).orElse("") + ": " + p.message();
    }
}
