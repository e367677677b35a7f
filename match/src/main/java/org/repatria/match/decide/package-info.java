/**
 * Decisions: one-to-one assignment, between rows ({@code Assignment}) or between persons when a list names someone
 * twice ({@code PersonAssignment}), and clusters of duplicates within a list.
 */
package org.repatria.match.decide;
