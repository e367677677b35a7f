/**
 * Counts of remains that add up: each side's signed count of a tranche at each stage (declared, crossing, morgue),
 * running totals per agreement, and every difference where it arises with the bags that explain it.
 */
package org.repatria.core.count;
