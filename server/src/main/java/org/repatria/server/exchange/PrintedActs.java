package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.server.exchange.ActPdf.Signer;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.log.LogEntry;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.reads.Reads;
import org.repatria.store.Store;
import org.repatria.store.exchange.Signature;
import org.repatria.store.log.LogEntries.Entry;

/**
 * A tranche's handover act printed for the crossing (docs/decisions/0177): its lines in English, Ukrainian and Russian
 * side by side, each signature's log entries (signed, relayed, acknowledged) with a QR code of the entry, the signed
 * text's SHA-256 and the log index of the document that completed it. Whoever may read the act may print it.
 */
final class PrintedActs {
    private final Store store;
    private final HandoverActs acts;

    PrintedActs(Store store, HandoverActs acts) {
        this.store = store;
        this.acts = acts;
    }

    /** Sends the act's PDF as a download, recording the read of the persons it names. */
    void download(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        int number = call.pathNumber("number");
        HandoverActs.Printed printed = acts.printed(call.account(), id, number);
        byte[] pdf = pdf(call.account(), id, number, printed);
        Reads.persons(call, List.of(id), printed.persons());
        call.ctx().header("Content-Disposition", "attachment; filename=\"act-" + id + "-" + number + ".pdf\"")
                .contentType("application/pdf").result(pdf);
    }

    /** The act's PDF as {@code reader} may read it. */
    byte[] pdf(Account reader, String id, int number) {
        return pdf(reader, id, number, acts.printed(reader, id, number));
    }

    private byte[] pdf(Account reader, String id, int number, HandoverActs.Printed printed) {
        ActReply reply = printed.reply();
        Map<PartyId, String> names = store.parties().all().stream().collect(Collectors.toMap(Party::id, Party::name));
        List<Signer> signers = new ArrayList<>();
        OptionalLong actIndex = OptionalLong.empty();
        for (Signature s : store.exchanges().signatures(id, HandoverActs.subject(number))) {
            for (Entry e : store.documents().trail(s.envelopeId())) {
                signers.add(signer(s, e, names::get));
                if (s.envelopeId().equals(reply.envelopeId()) && e.kind().equals(EntryKind.SUBMITTED.token())) {
                    actIndex = OptionalLong.of(e.index());
                }
            }
        }
        byte[] text = reply.text().getBytes(StandardCharsets.UTF_8);
        return ActPdf.write(new ActPdf.Sheet(id, number, reply.complete(), printed.lines(), signers, sha256(text),
                actIndex));
    }

    private static Signer signer(Signature s, Entry e, Function<PartyId, String> names) {
        EntryStatement statement = LogEntry.parse(e.bytes()).statement();
        String party = e.signer().value();
        String who = names.apply(e.signer()) == null ? party : names.apply(e.signer()) + " (" + party + ")";
        // The party's own signature names the account that signed; a relay or acknowledgement names the party only.
        String name = statement.kind() == EntryKind.SUBMITTED ? s.by() : who;
        return new Signer(statement.kind(), who, name, statement.custody().token(), statement.time(), e.index(),
                TreeHash.leaf(e.bytes()).hex(), s.envelopeId());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
