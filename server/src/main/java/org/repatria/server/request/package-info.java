/**
 * Requests answered person by person (issue 13): every row of a relayed request list is a tracked request; the
 * requested side answers rows with signed {@code answers} documents, the mediator sets deadlines and sends reminders,
 * and each side reads the counts, the ageing, the rows with their history and a chart of answers over time.
 * {@link org.repatria.server.request.Requests} is the one entry point the API ({@code RequestApi}) and the desk share.
 */
package org.repatria.server.request;
