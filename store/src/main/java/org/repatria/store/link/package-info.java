/** Match runs between two lists, the pairs they found, and the reviewers' verdicts on them. */
package org.repatria.store.link;
