/** Person linkage across Ukrainian, Russian and Latin scripts; {@link org.repatria.match.Matcher} is the entry point;
 * {@link org.repatria.match.trace.ChildSearch} traces a child's case under changed names. */
package org.repatria.match;
