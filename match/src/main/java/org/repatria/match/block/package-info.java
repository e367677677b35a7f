/** Blocking: which pairs of people are worth comparing at all. */
package org.repatria.match.block;
