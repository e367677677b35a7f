package org.repatria.server.linkage;

/** A request to match two lists the caller may read, by their ids. */
public record RunRequest(String leftList, String rightList) {
}
