package org.repatria.lists.header;

import java.util.Optional;
import org.repatria.lists.field.Field;

/**
 * One column of a list: its 0-based index, its header as written, the field it gives if known, and
 * whether it is a column an export derives from others (read past without a warning).
 */
public record Column(int index, String header, Optional<Field> field, boolean derived) {
}
