package org.repatria.server.desk;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;

/** The typed models of the negotiation pages ({@code proposal-form.jte}, {@code proposal-sign.jte}). */
final class NegotiationViews {
    private NegotiationViews() {
    }

    /**
     * The proposal form: a new agreement ({@code counterparties} to choose from) or a counter-proposal to {@code
     * agreement} (its sides fixed), {@code fromChoices} the sides a one-way transfer may come from, filled with {@code
     * values}; {@code problem} names the field refused last time.
     */
    record Form(Page page, String heading, String action, Optional<String> agreement, List<String> counterparties,
                List<String> fromChoices, Map<String, List<String>> values, Optional<Problem> problem) {
        String value(String field) {
            return values.getOrDefault(field, List.of()).stream().findFirst().orElse("");
        }

        boolean has(String field, String option) {
            return values.getOrDefault(field, List.of()).contains(option);
        }
    }

    /** A field refused and why: the reader's words for the refusal, the field, and the check's own words. */
    record Problem(String field, String reason, Map<String, List<String>> typed) {
        Problem(String field, String reason) {
            this(field, reason, Map.of());
        }

        /** The same refusal carrying what the reader typed, so the form shows it again. */
        Problem keeping(Map<String, List<String>> form) {
            return new Problem(field, reason, Map.copyOf(form));
        }

        /** What the reader typed in {@code name} (the first value; "" when nothing). */
        String typed(String name) {
            return typed.getOrDefault(name, List.of()).stream().findFirst().orElse("");
        }

        /**
         * The refusal to show in place, the response set to its status; 403 and 404 are thrown on to the error page,
         * so a page never says more than the route would.
         */
        static Problem shown(Context ctx, HttpProblem refused) {
            if (refused.status() == 403 || refused.status() == 404) {
                throw refused;
            }
            ctx.status(refused.status());
            return new Problem(refused.field().orElse(""), RefusalText.said(ctx, refused));
        }
    }

    /**
     * A document to sign: its text, the statement (base64) for sign.js, the content (base64) sent along, and whether
     * the server holds a key for the caller's side; {@code problem} says why the last attempt was refused; {@code back}
     * and {@code backLabel}: the page the signer came from.
     */
    record Sign(Page page, String heading, String text, String action, String statement, String content,
                boolean serverHeld, Optional<Problem> problem, String back, String backLabel) {
    }

    /** What the caller's side may do with the text on the table now: accept it (the offered statement) or counter it. */
    record Answer(String acceptAction, String statement, String content, boolean serverHeld, String counterHref) {
    }
}
