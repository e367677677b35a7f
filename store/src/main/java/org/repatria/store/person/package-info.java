/** The person index's persons as stored: rows filed into persons, persons' public ids and merges, reviewers' verdicts. */
package org.repatria.store.person;
