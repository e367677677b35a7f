package org.repatria.lists.sheet;

import java.nio.charset.Charset;
import java.util.Optional;

/** How a file was read: its format and, for CSV, the character set used. */
public record SheetInfo(SheetFormat format, Optional<Charset> charset) {
}
