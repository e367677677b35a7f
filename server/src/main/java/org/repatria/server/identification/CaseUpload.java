package org.repatria.server.identification;

/**
 * The JSON body of {@code POST /api/v1/identification/cases}: a title and the texts of the kinship CSV
 * files of DESIGN.md ({@code mutations} may be left out).
 */
public record CaseUpload(String title, String frequencies, String profiles, String remains, String pedigrees, String mutations) {
}
