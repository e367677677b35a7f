package org.repatria.lists.header;

import java.util.Optional;
import org.repatria.lists.field.Field;

/** One column of a list: its 0-based index, its header as written, and the field it gives, if known. */
public record Column(int index, String header, Optional<Field> field) {
}
