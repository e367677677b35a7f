package org.repatria.server.route;

/** A documented query parameter of a route. */
public record Param(String name, String type, String description) {
}
