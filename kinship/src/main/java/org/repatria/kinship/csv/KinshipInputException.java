package org.repatria.kinship.csv;

import org.repatria.kinship.KinshipException;

/** A bad input file: the message names the file, the row (1 is the header), the field and what is wrong. */
public final class KinshipInputException extends KinshipException {

    KinshipInputException(String file, int row, String field, String problem) {
        super(file + ": row " + row + (field.isEmpty() ? "" : ", " + field) + ": " + problem);
    }
}
