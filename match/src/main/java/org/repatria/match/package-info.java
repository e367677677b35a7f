/** Person linkage across Ukrainian, Russian and Latin scripts; {@link org.repatria.match.Matcher} is the entry point. */
package org.repatria.match;
