package org.repatria.server.route;

/** Who a route serves: programs (JSON, documented in OpenAPI) or people in a browser (HTML). */
public enum Channel {
    /** JSON under /api: errors as JSON, 401 for anonymous callers, listed in /api/openapi.json. */
    API,
    /** The web desk: pages and their assets; anonymous visitors are sent to the login page. */
    DESK
}
