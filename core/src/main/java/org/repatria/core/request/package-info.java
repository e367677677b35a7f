/**
 * Requests answered person by person: every row of a relayed request list is a tracked request, the requested side
 * answers rows over time ({@link org.repatria.core.request.RowAnswer}, a later answer superseding an earlier one), and
 * the mediator watches how long each row has waited ({@link org.repatria.core.request.Ageing}). Pure values, no I/O.
 */
package org.repatria.core.request;
