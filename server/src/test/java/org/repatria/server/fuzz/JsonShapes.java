package org.repatria.server.fuzz;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * JSON text for a route's body record, built from the record's components (snake_case names, as the API reads them):
 * mostly well-typed plausible values, and with probability {@code nastiness} a field replaced by a value that breaks
 * readers ({@link Mutations#NASTY}) or of the wrong type.
 */
final class JsonShapes {
    private static final List<String> WORDS = List.of("ua", "ru", "pow", "child", "civilian", "remains", "request",
            "holding", "manifest", "server-held", "a-desk", "1", "2026-01-01", "1990-05-17", "Бондар", "Ivanov", "x",
            "mediator", "agree", "refuse", "m", "f");
    private final SplittableRandom rng;
    private final double nastiness;

    JsonShapes(SplittableRandom rng, double nastiness) {
        this.rng = rng;
        this.nastiness = nastiness;
    }

    boolean nextBoolean() {
        return rng.nextBoolean();
    }

    String of(Class<?> type) {
        return value(type, 0);
    }

    private String value(Type type, int depth) {
        if (rng.nextDouble() < nastiness) {
            return Mutations.pick(rng, Mutations.NASTY);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
                StringBuilder s = new StringBuilder("[");
                for (int i = depth > 2 ? 0 : rng.nextInt(4); i > 0; i--) {
                    s.append(s.length() > 1 ? "," : "").append(value(arg, depth + 1));
                }
                return s.append(']').toString();
            }
            if (java.util.Optional.class.isAssignableFrom(raw)) {
                return value(arg, depth);
            }
            return "{}";
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            StringBuilder s = new StringBuilder("{");
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rng.nextInt(10) == 0) {
                    continue; // a field left out
                }
                s.append(s.length() > 1 ? "," : "").append('"').append(snake(rc.getName())).append("\":")
                        .append(value(rc.getGenericType(), depth + 1));
            }
            return s.append('}').toString();
        }
        if (c.isEnum()) {
            Object[] all = c.getEnumConstants();
            return "\"" + all[rng.nextInt(all.length)].toString().toLowerCase(Locale.ROOT) + "\"";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Integer.toString(rng.nextInt(-2, 20));
        }
        if (c == double.class || c == Double.class) {
            return Double.toString(rng.nextDouble() * 100);
        }
        if (c == boolean.class || c == Boolean.class) {
            return Boolean.toString(rng.nextBoolean());
        }
        if (List.class.isAssignableFrom(c)) {
            return "[]";
        }
        return "\"" + Mutations.pick(rng, WORDS) + "\"";
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
