/**
 * Figures across exchanges (issue 17, docs/decisions/0180): counts the database adds up in a few GROUP BY queries,
 * never a person's row; {@link org.repatria.store.figures.Tallies} is the repository.
 */
package org.repatria.store.figures;
