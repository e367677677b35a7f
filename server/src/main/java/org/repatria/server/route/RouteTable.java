package org.repatria.server.route;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every route the server answers, in registration order; no two share a method and path. */
public record RouteTable(List<Route> routes) {
    public RouteTable {
        routes = List.copyOf(routes);
        Set<String> seen = new HashSet<>();
        for (Route r : routes) {
            if (!seen.add(r.key())) {
                throw new IllegalArgumentException("route " + r.key() + " is registered twice");
            }
        }
    }

    /** The routes of one channel. */
    public List<Route> of(Channel channel) {
        return routes.stream().filter(r -> r.channel() == channel).toList();
    }
}
