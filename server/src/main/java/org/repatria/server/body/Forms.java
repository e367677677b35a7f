package org.repatria.server.body;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.server.error.BodyFaults;
import org.repatria.server.error.HttpProblem;

/** Reads a form or multipart body once, before the route, so a malformed one is a 400 that says what is wrong. */
final class Forms {
    /** The longest name a sent file may have (the longest most file systems keep). */
    static final int MAX_FILENAME = 255;

    private Forms() {
    }

    static void read(Context ctx, boolean multipart, boolean form) {
        if (multipart && !Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT).contains("boundary=")) {
            throw HttpProblem.malformed("the multipart/form-data body has no boundary: send "
                    + "'Content-Type: multipart/form-data; boundary=...'");
        }
        if (!multipart && !form) {
            return;
        }
        try {
            ctx.formParamMap();
            if (multipart) {
                ctx.uploadedFileMap().forEach(Forms::checkNames);
            }
        } catch (HttpProblem | HttpResponseException refused) {
            throw refused;
        } catch (Exception e) {
            throw multipart ? BodyFaults.multipart(e) : BodyFaults.of(e).orElseGet(() ->
                    HttpProblem.malformed("the form body is not valid application/x-www-form-urlencoded"));
        }
    }

    private static void checkNames(String field, List<UploadedFile> files) {
        for (UploadedFile f : files) {
            String name = Optional.ofNullable(f.filename()).orElse("");
            if (name.length() > MAX_FILENAME) {
                throw HttpProblem.invalid(field, String.format(Locale.ROOT, "the file name is %,d characters, the limit is %d",
                        name.length(), MAX_FILENAME));
            }
            name.codePoints().filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)
                    .findFirst().ifPresent(c -> {
                        throw HttpProblem.invalid(field, String.format(Locale.ROOT, "the file name holds the control character U+%04X;"
                                + " rename the file", c));
                    });
        }
    }
}
