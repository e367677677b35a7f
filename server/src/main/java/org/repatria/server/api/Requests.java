package org.repatria.server.api;

/** The small JSON request bodies of the API. */
final class Requests {
    private Requests() {
    }

    /** {@code POST /api/v1/auth/token}. */
    record Login(String username, String password) {
    }

    /** {@code POST /api/v1/lists/{id}/relay}. */
    record Relay(String to) {
    }
}
