package org.repatria.server.reunification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.reunification.Escort;
import org.repatria.core.reunification.EscortRole;
import org.repatria.core.reunification.Guardian;
import org.repatria.core.reunification.ReunificationException;
import org.repatria.core.reunification.LegalStanding;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.reunification.ReunificationMessages.EscortRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckReply;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianRequest;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.reunification.GuardianRecord;

/**
 * The guardian check at a child's handover: the receiving side (or the mediator's delegate) records, for a child the
 * crossing recorded as handed over, the guardian's identity and legal standing and who accompanied the child. Once per
 * child per agreement; every refusal leaves nothing stored.
 */
final class GuardianChecks {
    private final Store store;
    private final Exchange exchange;
    private final ChildRecords children;
    private final Clock clock;

    GuardianChecks(Store store, Exchange exchange, ChildRecords children, Clock clock) {
        this.store = store;
        this.exchange = exchange;
        this.children = children;
        this.clock = clock;
    }

    GuardianCheckReply record(Account caller, String id, int tranche, GuardianCheckRequest request) {
        children.requireReader(caller); // first: the crossing it reads names children
        CrossedChild crossed = CrossedChild.find(exchange, caller, id, tranche, request.list(), request.row());
        if (!crossed.mediator(caller) && !caller.party().equals(crossed.receiver())) {
            throw HttpProblem.forbidden("only the receiving side (" + crossed.receiver() + ") or the mediator's delegate"
                    + " checks the guardian of child " + crossed.child());
        }
        crossed.requireHandedOver();
        if (store.reunifications().guardian(id, crossed.child()).isPresent()) {
            throw HttpProblem.conflict("guardian_checked", "the guardian of child " + crossed.child() + " was checked"
                    + " already in agreement " + id + "; nothing was recorded");
        }
        GuardianRecord record = new GuardianRecord(id, tranche, crossed.child(), guardian(request.guardian()),
                escort(request.escort()), caller.party(), caller.username(), clock.instant());
        Refusals.translate(() -> store.reunifications().checkGuardian(record));
        return reply(record);
    }

    /** The agreement's guardian checks; only for its mediator and sides, each child shown one recorded read. */
    List<GuardianCheckReply> list(Account reader, String id) {
        return readable(reader, id).stream().map(r -> read(reader, r)).toList();
    }

    /** The guardian check of one child, read once, when there is one the reader may see. */
    Optional<GuardianCheckReply> one(Account reader, String id, String list, String row) {
        return readable(reader, id).stream().filter(r -> r.child().list().toString().equals(list)
                && r.child().rowId().equals(row)).findFirst().map(r -> read(reader, r));
    }

    private List<GuardianRecord> readable(Account reader, String id) {
        return ReturnReaders.admits(exchange, children, reader, id) ? store.reunifications().guardians(id) : List.of();
    }

    private GuardianCheckReply read(Account reader, GuardianRecord r) {
        PersonRef child = r.child();
        children.recordRead(reader, child.list(), Optional.of(child.rowId()), RecordPart.CASE);
        return reply(r);
    }

    private static Guardian guardian(GuardianRequest g) {
        GuardianRequest given = Optional.ofNullable(g).orElse(new GuardianRequest(null, null, null, null, null, null));
        try {
            return new Guardian(given.name(), given.documentType(), given.documentNumber(), given.relation(),
                    LegalStanding.parse("guardian.standing", given.standing()), given.standingDocument());
        } catch (ReunificationException e) {
            throw HttpProblem.invalid(e.field(), e.getMessage());
        }
    }

    private static Escort escort(EscortRequest e) {
        EscortRequest given = Optional.ofNullable(e).orElse(new EscortRequest(null, null, null));
        try {
            return new Escort(given.name(), EscortRole.parse("escort.role", given.role()), given.document());
        } catch (ReunificationException x) {
            throw HttpProblem.invalid(x.field(), x.getMessage());
        }
    }

    static GuardianCheckReply reply(GuardianRecord r) {
        Guardian g = r.guardian();
        return new GuardianCheckReply(r.tranche(), r.child().list().toString(), r.child().rowId(),
                new GuardianRequest(g.name(), g.documentType(), g.documentNumber(), g.relation(), g.standing().token(),
                        g.standingDocument()),
                new EscortRequest(r.escort().name(), r.escort().role().token(), r.escort().document()), r.party().value(),
                r.by(), r.at());
    }
}
