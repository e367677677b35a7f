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
        if (!ctx.isMultipartFormData()) {
            return Optional.empty();
        }
        UploadedFile f = ctx.uploadedFile(name);
        if (f == null) {
            return Optional.empty();
        }
        try (InputStream in = f.content()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded " + name + " file", e);
        }
    }
}
