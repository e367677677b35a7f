package org.repatria.server.log;

import org.repatria.ledger.audit.Receipt;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;

/** The log's JSON API: receipts, inclusion and consistency proofs, and witnesses' cosignatures. */
final class LogEndpoints {
    private final TransparencyLog log;
    private final Witnesses witnesses;

    LogEndpoints(TransparencyLog log, Witnesses witnesses) {
        this.log = log;
        this.witnesses = witnesses;
    }

    void receipt(AdmittedRequest call) {
        long index;
        try {
            index = Long.parseLong(call.ctx().pathParam("index"));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("index", "give the entry's index, a whole number");
        }
        Receipt receipt = log.receipt(index);
        String envelopeId = LogEntry.parse(receipt.entry()).statement().envelope().id().hex();
        call.ctx().json(LogMessages.ReceiptReply.of(receipt, envelopeId, log.checkpoint().checkpoint().size()));
    }

    void inclusion(AdmittedRequest call) {
        long index = longParam(call, "index");
        long size = longParam(call, "size");
        call.ctx().json(LogMessages.ProofReply.of(log.inclusionProof(index, size)));
    }

    void consistency(AdmittedRequest call) {
        long first = longParam(call, "first");
        long second = longParam(call, "second");
        call.ctx().json(LogMessages.ProofReply.of(log.consistencyProof(first, second)));
    }

    void cosignature(AdmittedRequest call) {
        witnesses.accept(call.account(), call.ctx().bodyAsBytes());
        call.ctx().status(201).json(new LogMessages.Accepted("stored"));
    }

    private static long longParam(AdmittedRequest call, String name) {
        String value = call.ctx().queryParam(name);
        try {
            return Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid(name, "give a whole number");
        }
    }
}
