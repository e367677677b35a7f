package org.repatria.server.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.MoveReply;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.CustodyReply;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.store.Store;

/**
 * The exchanges that name a person's rows, read through {@link Exchange}'s public methods so that its need-to-know holds
 * unchanged: agreements the reader may see; nominations and moves as the agreement's pages show them (a side its own
 * side's, the mediator all, an observer none; a children's agreement only to those who work children's cases, its reads
 * recorded); the tranches of the plan in force; the chain of custody of a body bag, for the two sides.
 */
final class ExchangeTrail {
    private final Store store;
    private final Exchange exchange;

    ExchangeTrail(Store store, Exchange exchange) {
        this.store = store;
        this.exchange = exchange;
    }

    /** What was found, by row. */
    record Found(Map<PersonRef, List<Dossier.Nomination>> nominationsByRow, Map<PersonRef, List<Dossier.Move>> movesByRow,
                 Map<PersonRef, List<Dossier.Slot>> slotsByRow, Map<PersonRef, List<Dossier.Chain>> custodyByRow) {
        List<Dossier.Nomination> nominations(PersonRef row) {
            return nominationsByRow.getOrDefault(row, List.of());
        }

        List<Dossier.Move> moves(PersonRef row) {
            return movesByRow.getOrDefault(row, List.of());
        }

        List<Dossier.Slot> slots(PersonRef row) {
            return slotsByRow.getOrDefault(row, List.of());
        }

        List<Dossier.Chain> custody(PersonRef row) {
            return custodyByRow.getOrDefault(row, List.of());
        }
    }

    /** Every exchange fact the reader may read about {@code rows}; one pass over the agreements for all of them. */
    Found of(Account reader, List<PersonRef> rows) {
        Found found = new Found(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (rows.isEmpty()) {
            return found;
        }
        Set<PersonRef> wanted = Set.copyOf(rows);
        for (AgreementReply a : agreements(reader, rows)) {
            for (NominationReply n : exchange.nominations(reader, a.id())) {
                ref(n.list(), n.row()).filter(wanted::contains).ifPresent(r -> add(found.nominationsByRow(), r,
                        new Dossier.Nomination(a.id(), a.kind(), n.party(), n.priority(), n.reserve(), n.health(), n.eligible(),
                                n.reason(), n.state())));
            }
            for (MoveReply m : exchange.moves(reader, a.id())) {
                ref(m.list(), m.row()).filter(wanted::contains).ifPresent(r -> add(found.movesByRow(), r,
                        new Dossier.Move(a.id(), m.from(), m.to(), m.by(), m.party(), m.at(), m.reason())));
            }
            Optional<PlanReply> plan = exchange.planInForce(reader, a.id());
            if (plan.isPresent()) {
                tranches(reader, a.id(), plan.get().number(), wanted, found);
            }
        }
        return found;
    }

    /**
     * The agreements that nominate one of the rows and that the reader may see, in id order: the store says which name
     * them (only to skip the others, which saves reading every agreement's persons and recording children's reads for
     * agreements that do not name the person); {@link Exchange#agreement} says whether the reader may see each.
     */
    private List<AgreementReply> agreements(Account reader, List<PersonRef> rows) {
        Set<String> naming = new TreeSet<>();
        rows.forEach(r -> naming.addAll(store.exchanges().agreementsNominating(r)));
        List<AgreementReply> out = new ArrayList<>();
        for (String id : naming) {
            try {
                out.add(exchange.agreement(reader, id));
            } catch (HttpProblem hidden) { // 404: an agreement the reader may not see
                if (hidden.status() != 404) {
                    throw hidden;
                }
            }
        }
        return out;
    }

    private void tranches(Account reader, String agreement, int plan, Set<PersonRef> wanted, Found found) {
        for (ManifestReply t : exchange.planManifests(reader, agreement, plan)) {
            for (ManifestLine line : t.lines()) {
                Optional<PersonRef> row = ref(line.list(), line.row()).filter(wanted::contains);
                if (row.isEmpty()) {
                    continue;
                }
                add(found.slotsByRow(), row.get(), new Dossier.Slot(agreement, t.tranche(), t.date(), t.crossing(), line.from(),
                        line.to(), line.basis(), line.bodyTag(), line.state()));
                if (!line.bodyTag().isBlank()) {
                    custody(reader, agreement, line.bodyTag()).ifPresent(c -> add(found.custodyByRow(), row.get(), c));
                }
            }
        }
    }

    /** The bag's chain, when it crossed and the reader is one of the two sides that keep and read chains; else nothing. */
    private Optional<Dossier.Chain> custody(Account reader, String agreement, String bodyTag) {
        CustodyReply c;
        try {
            c = exchange.custody(reader, agreement, bodyTag);
        } catch (HttpProblem notShown) { // 403: not a side; 404: the bag has not crossed yet
            if (notShown.status() != 403 && notShown.status() != 404) {
                throw notShown;
            }
            return Optional.empty();
        }
        List<Dossier.Step> steps = c.steps().stream().map(s -> new Dossier.Step(s.kind(), s.party(), s.where(), s.note(),
                s.at())).toList();
        Optional<String> identifiedAs = c.identifiedRow().isBlank() ? Optional.empty()
                : Optional.of(c.identifiedList() + "/" + c.identifiedRow());
        return Optional.of(new Dossier.Chain(agreement, c.bodyTag(), c.tranche(), steps, identifiedAs, c.mislabelled()));
    }

    private static Optional<PersonRef> ref(String list, String row) {
        try {
            return Optional.of(new PersonRef(ListId.parse(list), row));
        } catch (IllegalArgumentException | AgreementException malformed) { // names no row of ours
            return Optional.empty();
        }
    }

    private static <T> void add(Map<PersonRef, List<T>> map, PersonRef row, T value) {
        map.computeIfAbsent(row, k -> new ArrayList<>()).add(value);
    }
}
