/** Field-by-field comparison of two people into agreement levels (exact, equivalent, close, sounds alike, different, missing). */
package org.repatria.match.compare;
