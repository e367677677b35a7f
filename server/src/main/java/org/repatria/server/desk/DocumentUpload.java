package org.repatria.server.desk;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.server.route.AdmittedRequest;

/**
 * A document submitted from the desk with a detached signature: the file, and the entry the party signed for it on
 * its own machine (the statement with its signature line). The server checks both as it checks the JSON API.
 */
final class DocumentUpload {
    private final DocumentSteps steps;

    DocumentUpload(DocumentSteps steps) {
        this.steps = steps;
    }

    void submit(AdmittedRequest call) {
        Context ctx = call.ctx();
        byte[] content = upload(ctx, "document");
        LogEntry entry;
        try {
            entry = LogEntry.parse(upload(ctx, "entry"));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("entry", e.getMessage());
        }
        steps.submit(call.account(), entry, content);
        ctx.redirect("/desk/documents", HttpStatus.SEE_OTHER);
    }

    /** The form's file {@code name}; refused saying whether none was chosen or the one chosen is empty. */
    private static byte[] upload(Context ctx, String name) {
        FormFiles.Sent sent = FormFiles.sent(ctx, name).filter(FormFiles.Sent::chosen)
                .orElseThrow(() -> HttpProblem.invalid(name, "no " + name + " file was chosen; choose it and send again"));
        if (sent.bytes().length == 0) {
            throw HttpProblem.invalid(name, "the file " + sent.filename() + " chosen as the " + name + " is empty (0 bytes)");
        }
        return sent.bytes();
    }
}
