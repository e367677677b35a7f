/**
 * Tracing deported children under changed names (issue 13, item 5; docs/decisions/0148): for an open child's case,
 * the match module's child search over the answers and the children's rows of every list the reader may see, each
 * candidate with its reasons per particular; the requesting side's child workers confirm one (the case is linked) or
 * reject it (never put forward again). {@link org.repatria.server.tracing.ChildTracing} is the entry point.
 */
package org.repatria.server.tracing;
