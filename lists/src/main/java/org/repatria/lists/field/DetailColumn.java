package org.repatria.lists.field;

import java.util.Objects;
import org.repatria.core.person.DetailField;

/** A column giving one of the core record's detail fields ({@link DetailField}: capture, death, burial, a child's parents...). */
public record DetailColumn(DetailField detail) implements Field {
    public DetailColumn {
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String name() {
        return detail.name();
    }

    @Override
    public FieldKind kind() {
        return switch (detail.kind()) {
            case NAME -> FieldKind.NAME;
            case TEXT -> FieldKind.TEXT;
            case DATE -> FieldKind.DATE;
        };
    }
}
