package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.AgreementMessages.StepReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.CrossingReply;
import org.repatria.server.exchange.TrancheMessages.DirectionReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.server.exchange.TrancheMessages.TrancheReply;

/**
 * On whom, and for what, an exchange waits: the next steps not taken yet, each naming the party that takes it (the
 * mediator relaying a document, a side answering, nominating, signing, recording, replanning). Read from what the
 * reader may see; a side does not learn from it what the other side nominated.
 */
final class WaitingOn {
    private static final List<String> DROPPED = List.of("REFUSED_REPATRIATION", "NOT_FOUND", "DIED_IN_CUSTODY", "WITHDRAWN");
    private final Exchange exchange;

    WaitingOn(Exchange exchange) {
        this.exchange = exchange;
    }

    /** A step waiting on a party: who (the party's name, "you" for the reader's own) and what, in the reader's words. */
    record Line(String who, String what) {
    }

    /** What the whole agreement waits on now. */
    List<Line> agreement(Account reader, AgreementReply a, Text t, Map<PartyId, String> names) {
        Words w = new Words(reader, t, names, a);
        List<Line> out = new ArrayList<>();
        if (a.steps().isEmpty()) {
            return out;
        }
        StepReply last = a.steps().getLast();
        if (!last.relayed()) {
            out.add(w.line(a.mediator(), t.format("crossing.wait.relay", CrossingWords.step(t, last.kind()),
                    w.name(last.party()), w.name(w.other(last.party())))));
        }
        if (!a.state().equals("ACCEPTED")) {
            if (last.relayed()) {
                out.add(w.line(w.other(last.party()), t.get("crossing.wait.answer")));
            }
            return out;
        }
        if (reader.role() == Role.OBSERVER) {
            return out;
        }
        List<NominationReply> nominations = exchange.nominations(reader, a.id());
        for (String side : List.of(a.first(), a.second())) {
            boolean judged = reader.role() == Role.MEDIATOR || reader.party().value().equals(side);
            if (judged && nominations.stream().noneMatch(n -> n.party().equals(side))) {
                out.add(w.line(side, t.get("crossing.wait.nominate")));
            }
        }
        List<PlanReply> plans = exchange.plans(reader, a.id());
        if (plans.isEmpty()) {
            out.add(new Line(String.join(", ", w.name(a.mediator()), w.name(a.first()), w.name(a.second())),
                    t.get("crossing.wait.propose")));
            return out;
        }
        PlanReply latest = plans.getLast();
        if (!latest.accepted()) {
            out.addAll(cosigning(w, latest.signatures(), "crossing.wait.signPlan", "crossing.wait.relayPlan", latest.number()));
            if (latest.signatures().size() == 2 && latest.signatures().stream().allMatch(SignatureReply::relayed)) {
                out.add(w.line(a.mediator(), t.format("crossing.wait.confirmPlan", latest.number())));
            }
        }
        Optional<PlanReply> inForce = plans.stream().filter(PlanReply::accepted).reduce((x, y) -> y);
        // Tranches cross in turn: every tranche something was recorded for, and the first one nothing was yet.
        for (TrancheReply tranche : inForce.map(PlanReply::tranches).orElse(List.of())) {
            CrossingReply crossing = exchange.recorded(reader, a.id(), tranche.number());
            boolean started = crossing.directions().stream().anyMatch(DirectionReply::recorded);
            out.addAll(tranche(reader, a, crossing, t, names, latest.accepted()));
            if (!started) {
                break;
            }
        }
        return out;
    }

    /** What tranche {@code number} of the plan in force waits on ({@code settled}: no newer plan is on the table). */
    List<Line> tranche(Account reader, AgreementReply a, int number, Text t, Map<PartyId, String> names, boolean settled) {
        return tranche(reader, a, exchange.recorded(reader, a.id(), number), t, names, settled);
    }

    private List<Line> tranche(Account reader, AgreementReply a, CrossingReply crossing, Text t, Map<PartyId, String> names,
                               boolean settled) {
        Words w = new Words(reader, t, names, a);
        List<Line> out = new ArrayList<>();
        int number = crossing.tranche();
        for (DirectionReply d : crossing.directions()) {
            if (!d.recorded()) {
                out.add(w.line(d.from(), t.format("crossing.wait.record", number)));
            }
        }
        if (crossing.brokeParity() && settled) {
            boolean undecided = crossing.directions().stream().flatMap(d -> d.lines().stream())
                    .anyMatch(o -> !o.outcome().equals("HANDED_OVER") && o.line().state().equals("IN_TRANCHE"));
            boolean dropped = crossing.directions().stream().flatMap(d -> d.lines().stream())
                    .anyMatch(o -> DROPPED.contains(o.line().state()));
            if (undecided) {
                out.add(w.line(a.mediator(), t.format("crossing.wait.dropOuts", number)));
            }
            if (dropped) {
                out.add(new Line(String.join(", ", w.name(a.mediator()), w.name(a.first()), w.name(a.second())),
                        t.format("crossing.wait.replan", number)));
            }
        }
        if (crossing.directions().stream().anyMatch(DirectionReply::recorded)) {
            Optional<ActReply> act = exchange.actOnceRecorded(reader, a.id(), number);
            act.filter(x -> !x.complete()).ifPresent(x -> out.addAll(cosigning(w, x.signatures(), "crossing.wait.signAct",
                    "crossing.wait.relayAct", number)));
        }
        return out;
    }

    /** A text both sides sign in turn, each signature relayed by the mediator: who is next. */
    private static List<Line> cosigning(Words w, List<SignatureReply> signatures, String sign, String relay, int number) {
        List<Line> out = new ArrayList<>();
        for (SignatureReply s : signatures) {
            if (!s.relayed()) {
                out.add(w.line(w.a.mediator(), w.t.format(relay, number, w.name(s.party()))));
            }
        }
        if (signatures.isEmpty()) {
            out.add(new Line(w.name(w.a.first()) + ", " + w.name(w.a.second()), w.t.format(sign, number)));
        } else if (signatures.size() == 1 && signatures.getFirst().relayed()) {
            out.add(w.line(w.other(signatures.getFirst().party()), w.t.format(sign, number)));
        }
        return out;
    }

    /** Names as the reader reads them: the party's own name, "you" for the reader's side. */
    private record Words(Account reader, Text t, Map<PartyId, String> names, AgreementReply a) {
        String name(String party) {
            String name = names.getOrDefault(new PartyId(party), party);
            return reader.party().value().equals(party) ? t.format("crossing.you", name) : name;
        }

        String other(String party) {
            return party.equals(a.first()) ? a.second() : a.first();
        }

        Line line(String party, String what) {
            return new Line(name(party), what);
        }
    }
}
