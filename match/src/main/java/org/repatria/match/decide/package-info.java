/** Decisions: one-to-one assignment between lists and clusters of duplicates within a list. */
package org.repatria.match.decide;
