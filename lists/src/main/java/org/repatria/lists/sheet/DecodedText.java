package org.repatria.lists.sheet;

import java.nio.charset.Charset;

/** A CSV file's text and the character set it was read in. */
record DecodedText(String text, Charset charset) {
}
