package org.repatria.server.route;

/** What a route does once its rule admitted the caller. */
@FunctionalInterface
public interface Action {
    void handle(AdmittedRequest call) throws Exception;
}
