/**
 * One person across every list (issue 14, docs/decisions/0156): the person index held in memory, restored from the
 * store at start and fed each new list, each match run's verdict and each correction on the person's page on its own
 * thread; search in any script and the person's rows, shown to a reader only through the rows it may read.
 * {@link org.repatria.server.person.Persons} is the entry point; {@code PersonApi} its JSON routes.
 */
package org.repatria.server.person;
