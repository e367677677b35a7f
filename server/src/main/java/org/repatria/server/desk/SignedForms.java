package org.repatria.server.desk;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.Receipt;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;

/**
 * What the desk's signing forms share: the statement handed to the browser, the entry read back from the form (the
 * statement plus the signature line sign.js made or the user pasted), and a logged step with its receipt checked.
 */
final class SignedForms {
    private SignedForms() {
    }

    /** The statement as the form carries it (base64: form submission would rewrite its line breaks). */
    static String toSign(EntryStatement statement) {
        return Base64.getEncoder().encodeToString(statement.encoded());
    }

    /** Whether the form asks to sign with the key the server holds for the party. */
    static boolean serverHeld(Context ctx) {
        return KeyCustody.SERVER_HELD.token().equals(ctx.formParam("custody"));
    }

    /** The signed entry the form carries; 400 naming the field when the statement or signature is missing or damaged. */
    static LogEntry entry(Context ctx) {
        byte[] statement;
        try {
            statement = Base64.getDecoder().decode(Optional.ofNullable(ctx.formParam("statement")).orElse(""));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("statement", "the statement to sign is damaged; reload the page");
        }
        String line = Optional.ofNullable(ctx.formParam("signature")).orElse("").strip();
        if (line.isEmpty()) {
            throw HttpProblem.invalid("signature", "choose your party's key file to sign, or paste a signature line");
        }
        try {
            return LogEntry.parse((new String(statement, StandardCharsets.UTF_8) + "\n" + line + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("signature", e.getMessage());
        }
    }

    /** A logged step for a trail, its receipt checked here against the log's key (once per entry: {@link ReceiptChecks}). */
    static Views.Step step(String kind, PartyId signer, long index, KeyCustody custody, Supplier<Receipt> receipt, Text t,
                           Map<PartyId, String> names, ReceiptChecks receipts) {
        String proof = switch (receipts.check(index, receipt)) {
            case ReceiptChecks.Proved p -> t.format("documents.proofOk", index, p.size());
            case ReceiptChecks.Failed f -> t.get("documents.proofFailed") + " " + f.reason();
        };
        return new Views.Step(t.get("step." + kind), names.getOrDefault(signer, signer.value()), index, proof,
                custody == KeyCustody.SERVER_HELD ? t.get("documents.serverHeld") : "");
    }
}
