package org.repatria.server.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.repatria.server.route.Body;

/** JSON Schemas of request and response bodies, read off their record types, so the document follows the code. */
final class Schemas {
    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private Schemas() {
    }

    static Map<String, Object> of(Body body) {
        return body.many() ? Map.of("type", "array", "items", of(body.type())) : of(body.type());
    }

    static Map<String, Object> of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return Map.of("type", "array", "items", of(p.getActualTypeArguments()[0]));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return Map.of("type", "object", "additionalProperties", of(p.getActualTypeArguments()[1]));
        }
        if (type == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                properties.put(snake(rc.getName()), of(rc.getGenericType()));
            }
            return Map.of("type", "object", "properties", properties, "additionalProperties", false);
        }
        if (type == int.class || type == Integer.class || type == long.class) {
            return Map.of("type", "integer");
        }
        if (type == double.class || type == Double.class) {
            return Map.of("type", "number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Map.of("type", "boolean");
        }
        return Map.of("type", "string");
    }

    /** The JSON name of a record component, as the API's snake_case naming writes it. */
    static String snake(String camel) {
        return HUMP.matcher(camel).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
