package org.repatria.server.desk;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The files a desk form sends (multipart), each read whole. */
final class FormFiles {
    private FormFiles() {
    }

    /** The bytes of the form's file {@code name}; empty when the form is not multipart or sent no such file. */
    static Optional<byte[]> read(Context ctx, String name) {
        return sent(ctx, name).map(Sent::bytes);
    }

    /**
     * The form's file {@code name} with the name it had on the sender's disk ("" when the browser sent none, as it does
     * when no file was chosen); empty when the form is not multipart or has no such field.
     */
    static Optional<Sent> sent(Context ctx, String name) {
        if (!ctx.isMultipartFormData()) {
            return Optional.empty();
        }
        UploadedFile f = ctx.uploadedFile(name);
        if (f == null) {
            return Optional.empty();
        }
        try (InputStream in = f.content()) {
            return Optional.of(new Sent(Optional.ofNullable(f.filename()).orElse("").strip(), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded " + name + " file", e);
        }
    }

    /** A file as sent: its name on the sender's disk ("" when none) and its bytes. */
    record Sent(String filename, byte[] bytes) {
        /** Whether a file was chosen at all (a browser sends an unnamed, empty part when none was). */
        boolean chosen() {
            return !filename.isEmpty() || bytes.length > 0;
        }
    }
}
