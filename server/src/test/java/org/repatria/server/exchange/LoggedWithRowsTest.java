package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.Signature;
import org.repatria.store.exchange.StoredAgreement;

/**
 * An exchange document and the exchange rows that say what it means are stored in one commit (docs/decisions/0118):
 * when the rows are refused, the document is not on the log either, and two signers racing for one place get one
 * signature (docs/decisions/0119).
 */
class LoggedWithRowsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @Test
    void aProposalWhoseRowsAreRefusedAfterItsChecksLeavesNoDocumentOnTheLog() {
        Signer ua = new Signer(Fixture.A, running.api(Fixture.Who.A_DESK), running.api(Fixture.Who.MEDIATOR_DESK),
                new java.util.concurrent.atomic.AtomicInteger());
        Signer.Signed signed = ua.sign(DocumentType.PROPOSAL, Fixture.B, FiveForFive.text(FiveForFive.agreement("x-1", 5)),
                Optional.empty());
        // The rows' write fails after every check passed: another agreement already names the envelope (a unique key).
        running.world().store.exchanges().open(new StoredAgreement("other", "PRISONERS", Fixture.A, Fixture.B,
                Fixture.MEDIATOR, Fixture.T0, OptionalInt.empty()), new AgreementStep(1, AgreementStep.Kind.PROPOSAL,
                Fixture.A, signed.envelopeId(), "text", "desk", Fixture.T0));
        long before = running.world().store.log().size();

        HttpResponse<String> r = ua.client.postJson("/api/v1/agreements", signed.body());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(running.world().store.documents().document(signed.envelopeId())).isEmpty();
        assertThat(running.world().store.log().size()).isEqualTo(before);
        assertThat(running.world().store.exchanges().agreement("x-1")).isEmpty();
    }

    @Test
    void twoSidesSigningThePlanAsFirstAtOnceGetOneSignatureAndEveryLoggedSignatureIsStored() throws InterruptedException {
        FiveForFive.Planned planned = FiveForFive.planned(running);
        byte[] text = planned.ua().client.get(FiveForFive.AGREEMENT + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        Optional<String> anchor = Optional.of(planned.plan().get("anchor").asString());
        List<Signer.Signed> documents = List.of(planned.ua().sign(DocumentType.PROPOSAL, Fixture.B, text, anchor),
                planned.ru().sign(DocumentType.PROPOSAL, Fixture.A, text, anchor));
        List<Signer> sides = List.of(planned.ua(), planned.ru());
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int side = i;
            threads.add(Thread.ofPlatform().start(() -> statuses.add(sides.get(side).client.postJson(
                    FiveForFive.AGREEMENT + "/plans/1/signatures", documents.get(side).body()).statusCode())));
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        List<Signature> stored = running.world().store.exchanges().signatures(FiveForFive.ID, "plan 1");
        assertThat(stored).hasSize(1);
        assertThat(documents.stream().filter(d -> running.world().store.documents().document(d.envelopeId()).isPresent())
                .map(Signer.Signed::envelopeId)).containsExactly(stored.getFirst().envelopeId());
    }
}
