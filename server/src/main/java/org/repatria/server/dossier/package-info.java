/**
 * The person's page content (issue 14, item 4; docs/decisions/0157): everything the reader may read of the rows of one
 * person — each row as written and its list (who wrote it, when, to whom it was relayed), the answers to requests for it,
 * the nominations, tranches and moves of the exchanges that name it, custody and identification of remains — gathered
 * with the need-to-know rules of the pages that show each part alone. {@link org.repatria.server.dossier.Dossiers} is
 * the entry point; the desk renders its {@link org.repatria.server.dossier.Dossier} with {@code dossier.jte}.
 */
package org.repatria.server.dossier;
