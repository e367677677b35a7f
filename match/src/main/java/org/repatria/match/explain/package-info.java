/** Explanations: each field's contribution (log2 Bayes factor) to a pair's score, for reviewers. */
package org.repatria.match.explain;
