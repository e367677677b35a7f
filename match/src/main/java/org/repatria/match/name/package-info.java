/** Names across scripts: normalising, romanising (BGN/PCGN, Ukrainian passport), Ukrainian↔Russian equivalents, sound keys. */
package org.repatria.match.name;
