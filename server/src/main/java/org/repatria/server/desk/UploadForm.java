package org.repatria.server.desk;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;

/** The upload form's fields as typed (so the form can be shown again); empty strings for what was left out. */
record UploadForm(String title, String purpose, String category, String encoding) {
    static final UploadForm EMPTY = new UploadForm("", "", "", "");

    static UploadForm of(Context ctx) {
        return new UploadForm(field(ctx, "title"), field(ctx, "purpose"), field(ctx, "category"), field(ctx, "encoding"));
    }

    /** The message key of the first field at fault, if any. */
    Optional<String> fault() {
        if (title.isEmpty() || title.length() > 200) {
            return Optional.of("upload.fault.title");
        }
        if (purpose().isEmpty() || listPurpose().isEmpty()) {
            return Optional.of("upload.fault.purpose");
        }
        if (!category.isEmpty() && listCategory().isEmpty()) {
            return Optional.of("upload.fault.category");
        }
        if (!encoding.isEmpty() && charset().isEmpty()) {
            return Optional.of("upload.fault.encoding");
        }
        return Optional.empty();
    }

    Optional<ListPurpose> listPurpose() {
        return constant(ListPurpose.class, purpose);
    }

    Optional<Category> listCategory() {
        return constant(Category.class, category);
    }

    /** Only the two encodings the form offers; anything else is detected. */
    Optional<Charset> charset() {
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8" -> Optional.of(Charset.forName("UTF-8"));
            case "windows-1251" -> Optional.of(Charset.forName("windows-1251"));
            default -> Optional.empty();
        };
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String field(Context ctx, String name) {
        return Objects.requireNonNullElse(ctx.formParam(name), "").strip();
    }
}
