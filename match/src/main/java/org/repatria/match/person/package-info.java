/**
 * The person index: every row of every list held in memory, linked incrementally into persons (one person across
 * every list), with reviewers' confirmed and rejected pairs honoured and a search in any script;
 * {@link org.repatria.match.person.PersonIndex} is the entry point.
 */
package org.repatria.match.person;
