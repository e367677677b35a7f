/**
 * A child's return after the crossing: the receiving side (or the mediator's delegate) checks and records the guardian
 * who takes the child and who accompanied the child ({@code GuardianChecks}); the mediator signs the reunification
 * record, core's {@code ReunificationText}, which goes on the log with its rows and closes the child's case
 * ({@code ReunionRecords}). {@link org.repatria.server.reunification.ChildReturns} is the one entry point; the API's
 * routes ({@link org.repatria.server.reunification.ReunificationApi}) and the desk call it. It reads the exchange through
 * {@code Exchange}'s public methods, with the caller's need-to-know.
 */
package org.repatria.server.reunification;
