/**
 * A child's return and reunification: who accompanied the child across ({@link org.repatria.core.reunification.Escort}),
 * the receiving guardian's identity and legal standing as checked at the handover
 * ({@link org.repatria.core.reunification.Guardian}, {@link org.repatria.core.reunification.LegalStanding}), and the
 * reunification record the mediator signs, in its one canonical text
 * ({@link org.repatria.core.reunification.ReunificationText}). Pure Java, no I/O.
 */
package org.repatria.core.reunification;
