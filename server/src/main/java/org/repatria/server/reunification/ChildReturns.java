package org.repatria.server.reunification;

import java.time.Clock;
import java.util.List;
import org.repatria.core.account.Account;
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

    /** Over {@code store} and {@code exchange}; records appended to {@code log}, times from {@code clock}. */
    public ChildReturns(Store store, Exchange exchange, TransparencyLog log, Clock clock) {
        this.checks = new GuardianChecks(store, exchange, clock);
        this.records = new ReunionRecords(store, exchange, new DocumentSteps(store, log, clock), clock);
    }

    /** Records the guardian check of a child handed over in tranche {@code tranche}; the receiving side or the mediator. */
    public GuardianCheckReply checkGuardian(Account caller, String id, int tranche, GuardianCheckRequest request) {
        return checks.record(caller, id, tranche, request);
    }

    /** The agreement's guardian checks, for its mediator and sides (empty for anyone else who may see the agreement). */
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

    /** The agreement's reunifications, for its mediator and sides. */
    public List<ReunificationReply> reunifications(Account reader, String id) {
        return records.list(reader, id);
    }
}
