/** Matching two readable lists in the background, the review queue of the pairs found, and the confirmed links. */
package org.repatria.server.linkage;
