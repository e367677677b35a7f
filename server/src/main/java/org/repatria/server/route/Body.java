package org.repatria.server.route;

/** The JSON a route reads or writes: one record of {@code type}, or an array of them when {@code many}. */
public record Body(Class<? extends Record> type, boolean many) {
}
