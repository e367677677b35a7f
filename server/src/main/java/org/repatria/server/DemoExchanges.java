package org.repatria.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.GrantRequest;
import org.repatria.server.exchange.AgreementMessages.MoveRequest;
import org.repatria.server.exchange.AgreementMessages.MovesRequest;
import org.repatria.server.exchange.AgreementMessages.NominationRequest;
import org.repatria.server.exchange.AgreementMessages.NomineeRequest;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.CustodyRequest;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.PresentedRequest;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;
import org.repatria.server.reunification.ChildReturns;
import org.repatria.server.reunification.ReunificationMessages.EscortRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianRequest;
import org.repatria.server.reunification.ReunificationMessages.ReunificationRequest;

/**
 * The demo's exchanges, one at every stage, played through the same public methods the desk and the API call
 * ({@link Exchange}, {@link DocumentSteps}) with the parties' server-held keys, so the log holds their real signed
 * documents: the 1,000-for-1,000 of May 2025 done (tranches of 390, 307 and 303, a refusal and an absence made good
 * from reserves, every act signed by both sides, relayed and acknowledged); 120 for 120 planned and signed; 303 bodies
 * handed over in one refrigerated wagon and in the receiving side's chain of custody; civilians proposed, waiting for the
 * mediator's relay; and, when the scenario has them, five located children handed back in July 2025, each received by
 * a guardian checked at the handover and reunified by the mediator's signed record.
 */
final class DemoExchanges {
    /** The prisoner exchange already carried out. */
    static final String DONE = "ist-2025-05-pow";
    /** The exchange whose plan both sides signed and the mediator put in force; nobody crossed yet. */
    static final String PLANNED = "ist-2025-06-pow";
    /** The remains handed over, in the receiving side's chain of custody. */
    static final String REMAINS = "ist-2025-06-remains";
    /** The located children handed back to their families and reunified. */
    static final String CHILDREN = "ist-2025-07-children";
    /** The proposal the mediator has not relayed yet. */
    static final String PROPOSED = "ist-2025-06-civilians";
    /** Prisoners each side hands over in the done exchange, by day, as first planned. */
    static final List<Integer> DONE_TRANCHES = List.of(390, 307, 303);
    /** Seats per direction each day: the last day has room to make good the first day's drop-outs. */
    private static final List<Integer> DONE_SEATS = List.of(390, 307, 310);
    static final int PLANNED_EACH = 120;
    static final int BODIES = 303;
    private static final String CROSSING = "Belarus-Ukraine border";
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final PartyId TR = new PartyId("tr");

    private final Exchange exchange;
    private final DocumentSteps steps;
    private final Clock clock;
    private final Account ua;
    private final Account ru;
    private final Account mediator;
    private final PartyId observer;
    private final ChildReturns returns;

    DemoExchanges(Exchange exchange, DocumentSteps steps, ChildReturns returns, Clock clock, Account ua, Account ru,
                  Account mediator, PartyId observer) {
        this.exchange = exchange;
        this.returns = returns;
        this.steps = steps;
        this.clock = clock;
        this.ua = ua;
        this.ru = ru;
        this.mediator = mediator;
        this.observer = observer;
    }

    /** Which holding lists the exchanges draw their people from. */
    record Holdings(PersonList uaPrisoners, PersonList ruPrisoners, PersonList ruRemains) {
    }

    /**
     * A child ru hands back: the row of ru's list of located children, the row of ua's children's request it answers,
     * the guardian ua checks at the handover and who escorted the child.
     */
    record ChildHandover(String row, String requestRow, GuardianRequest guardian, EscortRequest escort) {
    }

    /**
     * The children's return: ru's list of the children it located, ua's children's request, who goes home, and the
     * accounts of each side that work children's cases (only they read the children's rows, so they play it).
     */
    record Children(PersonList located, PersonList requested, LocalDate day, List<ChildHandover> handovers,
                    Account uaWorker, Account ruWorker) {
    }

    /** Plays the four exchanges, saying on {@code progress} which one it is at; each leaves its documents on the log. */
    void seed(Holdings held, Optional<Children> children, PrintStream progress) {
        List<String> took = new ArrayList<>();
        stage(progress, took, "the May exchange, done", () -> done(held));
        stage(progress, took, "the June exchange, planned", () -> planned(held));
        stage(progress, took, "the remains, in custody", () -> remains(held));
        stage(progress, took, "the civilians, proposed", this::proposed);
        children.ifPresent(c -> stage(progress, took, "the children, returned and reunified", () -> returned(c)));
        progress.printf("%nSeeded the demo exchanges: %s.", String.join(", ", took));
    }

    private static void stage(PrintStream progress, List<String> took, String what, Runnable play) {
        progress.printf("%nSeeding the demo exchanges: %s", what);
        long start = System.nanoTime();
        play.run();
        took.add(what + ", in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void done(Holdings held) {
        Agreement text = new Agreement(new AgreementId(DONE), AgreementKind.PRISONERS, UA, RU, TR,
                new Terms.FixedCounts(1000, 1000, Eligibility.anyoneOf(AgreementKind.PRISONERS.category()),
                        Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK)), new Deadlines(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 22), LocalDate.of(2025, 5, 31)));
        agree(text, ua, ru);
        nominate(DONE, ua, held.uaPrisoners(), 0, 1000, 10, "fit");
        nominate(DONE, ru, held.ruPrisoners(), 0, 1000, 10, "fit");
        List<SlotRequest> slots = new ArrayList<>();
        for (int i = 0; i < DONE_SEATS.size(); i++) {
            slots.add(new SlotRequest(LocalDate.of(2025, 5, 23).plusDays(i).toString(), CROSSING, DONE_SEATS.get(i), 0, 0, 0));
        }
        plan(DONE, new PlanRequest(slots, List.of(), false), ua, ru);
        // The first day: one of ua's prisoners refuses repatriation at his interview, one of ru's is not in the camp.
        List<ManifestLine> first = exchange.manifest(mediator, DONE, 1).lines();
        ManifestLine refusing = first.stream().filter(from(UA)).findFirst().orElseThrow();
        ManifestLine absent = first.stream().filter(from(RU)).findFirst().orElseThrow();
        exchange.move(mediator, DONE, new MovesRequest(List.of(new MoveRequest(refusing.list(), refusing.row(),
                "REFUSED_REPATRIATION", "refused repatriation at a private interview with the ICRC"))));
        exchange.move(ru, DONE, new MovesRequest(List.of(new MoveRequest(absent.list(), absent.row(), "NOT_FOUND",
                "not in the camp the list names"))));
        handover(DONE, 1, ua, UA, first, Optional.of(refusing), Optional.empty());
        handover(DONE, 1, ru, RU, first, Optional.empty(), Optional.of(absent));
        act(DONE, 1, ua, ru);
        // The two drop-outs are made good from the reserves on the last day.
        plan(DONE, new PlanRequest(List.of(), List.of(), true), ru, ua);
        for (int tranche = 2; tranche <= DONE_TRANCHES.size(); tranche++) {
            List<ManifestLine> lines = exchange.manifest(mediator, DONE, tranche).lines();
            handover(DONE, tranche, ua, UA, lines, Optional.empty(), Optional.empty());
            handover(DONE, tranche, ru, RU, lines, Optional.empty(), Optional.empty());
            act(DONE, tranche, tranche % 2 == 0 ? ru : ua, tranche % 2 == 0 ? ua : ru);
        }
        exchange.grant(mediator, DONE, new GrantRequest(observer.value()));
    }

    private void planned(Holdings held) {
        Agreement text = new Agreement(new AgreementId(PLANNED), AgreementKind.PRISONERS, RU, UA, TR,
                new Terms.FixedCounts(PLANNED_EACH, PLANNED_EACH, Eligibility.anyoneOf(AgreementKind.PRISONERS.category()),
                        Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK)), new Deadlines(LocalDate.of(2025, 6, 12), LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 30)));
        agree(text, ru, ua);
        int skip = 1000 + 10;
        nominate(PLANNED, ru, held.ruPrisoners(), skip, PLANNED_EACH, 5, "fit");
        nominate(PLANNED, ua, held.uaPrisoners(), skip, PLANNED_EACH, 5, "fit");
        plan(PLANNED, new PlanRequest(List.of(new SlotRequest("2025-06-19", CROSSING, PLANNED_EACH, 0, 0, 0)), List.of(), false),
                ru, ua);
        exchange.grant(mediator, PLANNED, new GrantRequest(observer.value()));
    }

    private void remains(Holdings held) {
        Agreement text = new Agreement(new AgreementId(REMAINS), AgreementKind.REMAINS, UA, RU, TR,
                new Terms.OneWay(RU, OptionalInt.of(BODIES), Eligibility.anyoneOf(AgreementKind.REMAINS.category())),
                new Deadlines(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 30)));
        agree(text, ru, ua);
        nominate(REMAINS, ru, held.ruRemains(), 0, BODIES, 0, "not-applicable");
        plan(REMAINS, new PlanRequest(List.of(new SlotRequest("2025-06-11", CROSSING, 0, 0, 1, BODIES)), List.of(), false),
                ru, ua);
        List<ManifestLine> lines = exchange.manifest(mediator, REMAINS, 1).lines();
        handover(REMAINS, 1, ru, RU, lines, Optional.empty(), Optional.empty());
        act(REMAINS, 1, ru, ua);
        // The receiving side has stored the first bags of the wagon and sampled two of them (each step replays the
        // agreement, so a few bags show the chain without slowing the demo's start); its clerk writes in Ukrainian.
        List<ManifestLine> bags = lines.stream().filter(from(RU)).toList();
        for (int i = 0; i < 6; i++) {
            custody(bags.get(i).bodyTag(), "stored", "Київ, холодильне сховище", "прибуло в контейнері C-1");
        }
        for (int i = 0; i < 2; i++) {
            custody(bags.get(i).bodyTag(), "sampled", "Київ, судово-медична лабораторія", "зразок кістки для STR-типування");
        }
    }

    private void proposed() {
        Agreement text = new Agreement(new AgreementId(PROPOSED), AgreementKind.CIVILIANS, UA, RU, TR,
                new Terms.OneWay(RU, OptionalInt.of(20), Eligibility.anyoneOf(AgreementKind.CIVILIANS.category())),
                new Deadlines(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 31)));
        exchange.propose(ua, submission(ua, DocumentType.PROPOSAL, RU, AgreementText.render(text), Optional.empty()));
    }

    /**
     * ru hands the returned children to ua in one tranche (the agreement, nominations and plan signed as any other);
     * ua's desk checks each receiving guardian, then the mediator signs each reunification record, closing the case.
     */
    private void returned(Children c) {
        Account ua = c.uaWorker();
        Account ru = c.ruWorker();
        int n = c.handovers().size();
        Agreement text = new Agreement(new AgreementId(CHILDREN), AgreementKind.CHILDREN, UA, RU, TR,
                new Terms.OneWay(RU, OptionalInt.of(n), Eligibility.anyoneOf(AgreementKind.CHILDREN.category())),
                new Deadlines(c.day().minusDays(10), c.day().minusDays(2), c.day().plusDays(6)));
        agree(text, ru, ua);
        List<NomineeRequest> nominees = c.handovers().stream().map(h -> new NomineeRequest(h.row(), "fit", false)).toList();
        exchange.nominate(ru, CHILDREN, new NominationRequest(c.located().header().id().toString(), nominees));
        plan(CHILDREN, new PlanRequest(List.of(new SlotRequest(c.day().toString(), CROSSING, n, 0, 0, 0)), List.of(), false),
                ru, ua);
        handover(CHILDREN, 1, ru, RU, exchange.manifest(mediator, CHILDREN, 1).lines(), Optional.empty(), Optional.empty());
        act(CHILDREN, 1, ru, ua);
        String located = c.located().header().id().toString();
        for (ChildHandover h : c.handovers()) {
            returns.checkGuardian(ua, CHILDREN, 1, new GuardianCheckRequest(located, h.row(), h.guardian(), h.escort()));
            returns.reunifyWithServerHeldKey(mediator, CHILDREN, 1, new ReunificationRequest(located, h.row(),
                    c.requested().header().id().toString(), h.requestRow(), "", ""));
        }
    }

    /** {@code proposer} proposes, the mediator relays, the other side acknowledges and accepts, the mediator relays. */
    private void agree(Agreement text, Account proposer, Account accepter) {
        byte[] bytes = AgreementText.render(text);
        String id = text.id().value();
        AgreementReply proposed = exchange.propose(proposer, submission(proposer, DocumentType.PROPOSAL, accepter.party(),
                bytes, Optional.empty()));
        String proposal = proposed.steps().getLast().envelopeId();
        relayAndAcknowledge(proposal, accepter);
        AgreementReply accepted = exchange.accept(accepter, id, submission(accepter, DocumentType.ANSWER, proposer.party(),
                bytes, Optional.of(proposal)));
        relayAndAcknowledge(accepted.steps().getLast().envelopeId(), proposer);
    }

    private void nominate(String id, Account side, PersonList list, int skip, int priority, int reserves, String health) {
        List<NomineeRequest> nominees = new ArrayList<>();
        for (int i = 0; i < priority + reserves; i++) {
            nominees.add(new NomineeRequest(list.rows().get(skip + i).rowId(), health, i >= priority));
        }
        exchange.nominate(side, id, new NominationRequest(list.header().id().toString(), nominees));
    }

    /** The mediator proposes a plan; {@code first} signs it, then {@code second}, each relayed; the mediator confirms. */
    private void plan(String id, PlanRequest request, Account first, Account second) {
        int number = exchange.proposePlan(mediator, id, request).number();
        PlanReply signed = exchange.signPlanWithServerHeldKey(first, id, number);
        relayAndAcknowledge(signatureOf(signed.signatures(), first), second);
        signed = exchange.signPlanWithServerHeldKey(second, id, number);
        relayAndAcknowledge(signatureOf(signed.signatures(), second), first);
        exchange.confirmPlan(mediator, id, number);
    }

    /** Both sides sign the tranche's act in turn; each signature is relayed and acknowledged by the other side. */
    private void act(String id, int tranche, Account first, Account second) {
        ActReply signed = exchange.signActWithServerHeldKey(first, id, tranche);
        relayAndAcknowledge(signatureOf(signed.signatures(), first), second);
        signed = exchange.signActWithServerHeldKey(second, id, tranche);
        relayAndAcknowledge(signatureOf(signed.signatures(), second), first);
    }

    /** {@code side} presents its manifest lines: {@code refusing} says so at the interview, {@code absent} is not there. */
    private void handover(String id, int tranche, Account side, PartyId from, List<ManifestLine> manifest,
                          Optional<ManifestLine> refusing, Optional<ManifestLine> absent) {
        List<PresentedRequest> presented = new ArrayList<>();
        for (ManifestLine l : manifest) {
            if (!from(from).test(l) || absent.filter(l::equals).isPresent()) {
                continue;
            }
            boolean bag = !l.bodyTag().isEmpty();
            String interview = refusing.filter(l::equals).isPresent() ? "refuses" : bag ? "none" : "consents";
            presented.add(new PresentedRequest(l.serviceNumber(), l.bodyTag(), l.name(), bag ? "C-1" : "", bag ? "W-1" : "",
                    interview, ""));
        }
        exchange.handover(side, id, tranche, new HandoverRequest(from.value(), presented));
    }

    private void custody(String bodyTag, String kind, String where, String note) {
        exchange.recordCustody(ua, REMAINS, new CustodyRequest(bodyTag, kind, where, note, "", ""));
    }

    private void relayAndAcknowledge(String envelopeId, Account addressee) {
        steps.relay(mediator, envelopeId);
        steps.acknowledgeWithServerHeldKey(addressee, envelopeId);
    }

    /** A document signed with the key the server holds for the caller's party, as the desk's server-held option sends it. */
    private DocumentMessages.Submit submission(Account caller, DocumentType type, PartyId to, byte[] content,
                                               Optional<String> answers) {
        Envelope envelope = Envelope.of(type, caller.party(), List.of(to), content, clock.instant(), answers.map(Digest::parseHex));
        return new DocumentMessages.Submit(new String(steps.serverHeldSubmission(caller, envelope).encoded(),
                StandardCharsets.UTF_8), Base64.getEncoder().encodeToString(content));
    }

    private static String signatureOf(List<SignatureReply> signatures, Account side) {
        return signatures.stream().filter(s -> s.party().equals(side.party().value())).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no signature of " + side.party())).envelopeId();
    }

    private static Predicate<ManifestLine> from(PartyId side) {
        return l -> l.from().equals(side.value());
    }
}
