/**
 * Tracing a deported child among the records of the other side (answers, list rows) when the child may carry another
 * surname, given name or birth date: {@link org.repatria.match.trace.ChildSearch} is the entry point.
 */
package org.repatria.match.trace;
