/** The {@code repatria} command line: one picocli command per capability of DESIGN.md. */
package org.repatria.cli;
