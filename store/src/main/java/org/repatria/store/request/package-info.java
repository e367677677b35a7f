/**
 * Requests answered person by person (docs/decisions/0146): per relayed request list its deadline, every answer given
 * (kept, a later one superseding an earlier one), each answered row's current status as submitted and as shown to the
 * requesting side, and the mediator's reminders. {@link org.repatria.store.request.Requests} is the repository.
 */
package org.repatria.store.request;
