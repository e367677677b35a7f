package org.repatria.server.route;

/** The HTTP methods the server routes. */
public enum Method {
    GET, POST, PUT, DELETE;

    /** Whether the method may change state, and so needs a CSRF token when a session cookie authenticates it. */
    public boolean unsafe() {
        return this != GET;
    }
}
