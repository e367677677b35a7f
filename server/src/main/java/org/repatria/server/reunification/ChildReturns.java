package org.repatria.server.reunification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.child.ChildCases;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckReply;
import org.repatria.server.reunification.ReunificationMessages.GuardianCheckRequest;
import org.repatria.server.reunification.ReunificationMessages.ReunificationReply;
import org.repatria.server.reunification.ReunificationMessages.ReunificationRequest;
import org.repatria.store.Store;

/**
 * A child's return after the crossing, for the API and the desk alike: the guardian check at the handover, then the
 * mediator's reunification record on the log, which closes the child's case.
 */
public final class ChildReturns {
    private final GuardianChecks checks;
    private final ReunionRecords records;
    private final DocumentSteps steps;

    /**
     * Over {@code store} and {@code exchange}; records appended to {@code log}, times from {@code clock}; a record
     * closes the child's case in {@code cases}; who may read children's records, and each read, by {@code children}.
     */
    public ChildReturns(Store store, Exchange exchange, TransparencyLog log, Clock clock, ChildCases cases,
                        ChildRecords children) {
        this.checks = new GuardianChecks(store, exchange, children, clock);
        this.steps = new DocumentSteps(store, log, clock);
        this.records = new ReunionRecords(store, exchange, steps, cases, children, clock);
    }

    /** Records the guardian check of a child handed over in tranche {@code tranche}; the receiving side or the mediator. */
    public GuardianCheckReply checkGuardian(Account caller, String id, int tranche, GuardianCheckRequest request) {
        return checks.record(caller, id, tranche, request);
    }

    /**
     * The agreement's guardian checks, for its mediator and sides (empty for anyone else who may see the agreement); a
     * party's account needs the children permission (403 {@code children_only}); each child shown is one recorded read.
     */
    public List<GuardianCheckReply> guardianChecks(Account reader, String id) {
        return checks.list(reader, id);
    }

    /** The reunification record the mediator would sign now for the request, exactly; every refusal the signing makes. */
    public byte[] recordText(Account mediator, String id, int tranche, ReunificationRequest request) {
        return records.draft(mediator, id, tranche, request).text().encoded();
    }

    /** Logs the reunification record the mediator signed with its own key (the request's entry and content). */
    public ReunificationReply reunify(Account mediator, String id, int tranche, ReunificationRequest request) {
        return records.sign(mediator, id, tranche, request, false);
    }

    /** Signs and logs the reunification record with the key the server holds for the mediator (409 when it holds none). */
    public ReunificationReply reunifyWithServerHeldKey(Account mediator, String id, int tranche, ReunificationRequest request) {
        return records.sign(mediator, id, tranche, request, true);
    }

    /** The agreement's reunifications, for its mediator and sides; a party's account needs the children permission. */
    public List<ReunificationReply> reunifications(Account reader, String id) {
        return records.list(reader, id);
    }

    /** The guardian check of child {@code list}/{@code row} in the agreement, when the reader may see one (one read). */
    public Optional<GuardianCheckReply> guardianCheck(Account reader, String id, String list, String row) {
        return checks.one(reader, id, list, row);
    }

    /** The reunification of child {@code list}/{@code row} in the agreement, when the reader may see one. */
    public Optional<ReunificationReply> reunification(Account reader, String id, String list, String row) {
        return records.list(reader, id).stream().filter(r -> r.list().equals(list) && r.row().equals(row)).findFirst();
    }

    /** Whether the server holds a key for the caller's party (the mediator's, to sign a record from the desk). */
    public boolean holdsKeyFor(Account caller) {
        return steps.holdsKeyFor(caller.party());
    }
}
