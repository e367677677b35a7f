package org.repatria.server.api;

/** The small JSON request bodies of the API. */
final class RequestBodies {
    private RequestBodies() {
    }

    /** {@code POST /api/v1/auth/token}. */
    record Login(String username, String password, String code) {
    }

    /** {@code POST /api/v1/lists/{id}/relay}. */
    record Relay(String to) {
    }

    /**
     * {@code POST /api/v1/lists/{id}/document}: the author's signed submission (the statement from
     * {@code GET .../document} as a C2SP signed note), or {@code custody: "server-held"} to sign with the key the server
     * holds for the party.
     */
    record SignList(String entry, String custody) {
    }
}
