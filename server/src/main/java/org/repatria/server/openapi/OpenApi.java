package org.repatria.server.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.server.access.Rule;
import org.repatria.server.route.Channel;
import org.repatria.server.route.Method;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;
import org.repatria.server.route.RouteTable;

/**
 * The OpenAPI 3.1 document of the JSON API, generated from the route table the server registers:
 * a route cannot be served without being documented, nor documented without its rule.
 */
public final class OpenApi {
    /** Where the document is served. */
    public static final String PATH = "/api/openapi.json";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApi() {
    }

    /** The route serving the document of {@code table}, which will include this route itself. */
    public static Route route(Supplier<RouteTable> table, String version) {
        return Route.api(Method.GET, PATH, Rule.anyone(), "This OpenAPI document",
                call -> call.ctx().json(document(table.get(), version)));
    }

    public static Map<String, Object> document(RouteTable table, String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : table.of(Channel.API)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<>());
            item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Repatria API", "version", version,
                "description", "Person lists exchanged through a neutral mediator. Errors are {\"error\",\"message\"} with a 4xx status."));
        doc.put("paths", paths);
        doc.put("components", components());
        return doc;
    }

    private static Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.summary());
        op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("x-authorization", r.rule().describe());
        op.put("security", r.rule() instanceof Rule.Anyone ? List.of()
                : List.of(Map.of("bearer", List.of()), Map.of("session", List.of())));
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(r.path());
        while (m.find()) {
            parameters.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        for (Param p : r.query()) {
            parameters.add(Map.of("name", p.name(), "in", "query", "required", false, "description", p.description(),
                    "schema", Map.of("type", p.type())));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        r.body().ifPresent(type -> op.put("requestBody", Map.of("required", true,
                "content", Map.of("application/json", Map.of("schema", Schemas.of(type))))));
        op.put("responses", responses(r));
        return op;
    }

    private static Map<String, Object> responses(Route r) {
        Map<String, Object> error = Map.of("description", "refused; see the message",
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> schema = r.reply().map(Schemas::of).orElse(Map.of());
        Map<String, Object> done = Map.of("description", "done", "content", Map.of("application/json", Map.of("schema", schema)));
        switch (r.method()) {
            case GET -> responses.put("200", done);
            case POST -> responses.put("2XX", done);
            case PUT -> responses.put("200", done);
            case DELETE -> responses.put("204", Map.of("description", "done; no content"));
        }
        responses.put("4XX", error);
        return responses;
    }

    private static Map<String, Object> components() {
        Map<String, Object> errorSchema = Map.of("type", "object", "required", List.of("error", "message"),
                "properties", Map.of(
                        "error", Map.of("type", "string", "description", "a stable code such as invalid, not_found"),
                        "message", Map.of("type", "string", "description", "for a person: what is wrong and what to do"),
                        "field", Map.of("type", "string", "description", "the field or parameter at fault, when there is one")));
        return Map.of(
                "schemas", Map.of("Error", errorSchema),
                "securitySchemes", Map.of(
                        "bearer", Map.of("type", "http", "scheme", "bearer", "description", "from POST /api/v1/auth/token"),
                        "session", Map.of("type", "apiKey", "in", "cookie", "name", "repatria_session",
                                "description", "the desk's session; unsafe requests also need the X-CSRF-Token header")));
    }
}
