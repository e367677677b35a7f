/** Benchmarks of the figures across exchanges (issue 17, docs/decisions/0180): the database's counts at scale. */
package org.repatria.bench.figures;
