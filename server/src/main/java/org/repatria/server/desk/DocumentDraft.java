package org.repatria.server.desk;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;

/**
 * An exchange document the caller's side is about to sign on the desk: its type, addressee, the envelope it answers
 * and its bytes. Gives the statement the browser signs, and turns the signed form (or the server-held key) into the
 * submission the exchange's routes take, so the desk and the API check the same document the same way.
 */
record DocumentDraft(DocumentType type, PartyId to, Optional<String> answers, byte[] content) {

    /** A text both sides sign in turn (a plan, an act), as the exchange says the caller's side signs it now. */
    static DocumentDraft of(Exchange.TextToSign text) {
        return new DocumentDraft(text.type(), text.to(), Optional.of(text.answers()), text.text());
    }

    /** The statement (base64) sign.js signs with the party's own key file. */
    String statement(Account caller, Clock clock) {
        Envelope e = envelope(caller, clock);
        return SignedForms.toSign(new EntryStatement(EntryKind.SUBMITTED, caller.party(), KeyCustody.OWN, e.time(), e));
    }

    /** The content as the form carries it back. */
    String encodedContent() {
        return Base64.getEncoder().encodeToString(content);
    }

    /** The submission the form carries: the statement with its signature line, or one signed with the server-held key. */
    DocumentMessages.Submit submission(Context ctx, Account caller, Clock clock, DocumentSteps steps) {
        byte[] entry = SignedForms.serverHeld(ctx) ? steps.serverHeldSubmission(caller, envelope(caller, clock)).encoded()
                : SignedForms.entry(ctx).encoded();
        return new DocumentMessages.Submit(new String(entry, StandardCharsets.UTF_8), encodedContent());
    }

    /** The content the form sent back (base64); 400 naming the field when it is missing or damaged. */
    static byte[] content(Context ctx) {
        try {
            byte[] bytes = Base64.getDecoder().decode(Optional.ofNullable(ctx.formParam("content")).orElse(""));
            if (bytes.length == 0) {
                throw HttpProblem.invalid("content", "the text to sign is missing; start again from the form");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("content", "the text to sign is damaged; start again from the form");
        }
    }

    private Envelope envelope(Account caller, Clock clock) {
        return Envelope.of(type, caller.party(), List.of(to), content, clock.instant(), answers.map(Digest::parseHex));
    }
}
