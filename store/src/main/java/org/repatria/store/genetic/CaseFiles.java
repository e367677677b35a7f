package org.repatria.store.genetic;

import java.util.Optional;

/** The kinship CSV files of a case, as uploaded (DESIGN.md, Kinship CSV); the mutation file is optional. */
public record CaseFiles(String frequencies, String profiles, String remains, String pedigrees, Optional<String> mutations) {
}
