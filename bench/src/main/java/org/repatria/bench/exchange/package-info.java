/** Benchmark of exchange planning: tranche plans for 10,000 nominees a side, their check and re-planning. */
package org.repatria.bench.exchange;
