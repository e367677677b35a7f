/**
 * The deadlines of an accepted agreement's terms as data: nominations (per side), the plan, each tranche of the plan
 * in force, completion; each with its date and where it stands on a given day (met, days left, overdue).
 */
package org.repatria.core.deadline;
