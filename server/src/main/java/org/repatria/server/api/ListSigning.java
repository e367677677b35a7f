package org.repatria.server.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.store.child.RecordPart;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.document.LoggedStep;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.reads.Reads;

/**
 * A list as a signed document on the log, through the API: where it stands (with the statement its author signs),
 * signing it (the author's own signature, or the key the server holds for the party), and its canonical bytes.
 */
final class ListSigning {
    private final ListAccess access;
    private final ChildRecords children;
    private final ListDocuments documents;

    ListSigning(ListAccess access, ListDocuments documents, ChildRecords children) {
        this.children = children;
        this.access = access;
        this.documents = documents;
    }

    void show(AdmittedRequest call) {
        call.ctx().json(reply(call.account(), readable(call)));
    }

    void sign(AdmittedRequest call) {
        ListHeader list = readable(call);
        RequestBodies.SignList body = ApiJson.read(call.ctx(), RequestBodies.SignList.class);
        if (KeyCustody.SERVER_HELD.token().equals(body.custody())) {
            documents.signWithServerHeldKey(call.account(), list);
        } else if (body.entry() == null || body.entry().isBlank()) {
            throw HttpProblem.invalid("entry", "send the signed statement (a C2SP signed note) as entry, or custody "
                    + "\"server-held\" to sign with the key the server holds for your party");
        } else {
            documents.sign(call.account(), list, entry(body.entry()));
        }
        call.ctx().status(201).json(reply(call.account(), list));
    }

    void content(AdmittedRequest call) {
        ListHeader list = readable(call);
        children.requirePersons(call.account(), list);
        byte[] canonical = documents.canonical(list);
        children.recordRead(call.account(), list, java.util.Optional.empty(), RecordPart.DOCUMENT);
        Reads.list(call, list, list.rowCount());
        call.ctx().header("Cache-Control", "private, no-store").contentType("text/csv; charset=utf-8").result(canonical);
    }

    /** Where {@code list} stands, as {@code reader} sees it: the statement to sign only for its author's desk. */
    ApiReplies.ListDocumentReply reply(Account reader, ListHeader list) {
        return switch (documents.standing(list)) {
            case ListDocuments.Signed s -> new ApiReplies.ListDocumentReply("signed", s.envelopeId(), s.sha256(),
                    s.integrity() == ListDocuments.Integrity.INTACT,
                    s.trail().stream().map(ListSigning::step).toList(), "");
            case ListDocuments.Unsigned u -> unsigned(reader, list,
                    () -> documents.statement(reader, list, KeyCustody.OWN));
        };
    }

    /** A list just signed at its import: its submission is the whole trail, and the rows are those signed. */
    static ApiReplies.ListDocumentReply signed(LoggedStep submitted) {
        Envelope e = LogEntry.parse(submitted.receipt().entry()).statement().envelope();
        return new ApiReplies.ListDocumentReply("signed", e.id().hex(), e.content().hex(), true, List.of(step(submitted)), "");
    }

    /**
     * A list not yet signed, with the statement to sign for its author's desk — none when there is nobody to address
     * it to yet (the list stays stored and unsigned; signing says why).
     */
    static ApiReplies.ListDocumentReply unsigned(Account reader, ListHeader list, Supplier<EntryStatement> statement) {
        Optional<EntryStatement> toSign = Optional.empty();
        if (reader.role() == Role.PARTY_DESK && reader.party().equals(list.author())) {
            try {
                toSign = Optional.of(statement.get());
            } catch (HttpProblem noAddressee) {
                toSign = Optional.empty();
            }
        }
        return new ApiReplies.ListDocumentReply("unsigned", "", toSign.map(st -> st.envelope().content().hex()).orElse(""),
                false, List.of(), toSign.map(EntryStatement::text).orElse(""));
    }

    private static ApiReplies.LogStep step(LoggedStep step) {
        return new ApiReplies.LogStep(step.index(), step.kind().token(), step.signer().value(), step.custody().token(),
                step.receipt().encode());
    }

    private ListHeader readable(AdmittedRequest call) {
        return access.require(call.account(), call.ctx().pathParam("id")).header();
    }

    private static LogEntry entry(String text) {
        try {
            return LogEntry.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("entry", e.getMessage());
        }
    }
}
