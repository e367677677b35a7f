package org.repatria.server.error;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/** Says, in words a client can act on, which field of a JSON body Jackson could not read. */
final class JsonProblems {
    private JsonProblems() {
    }

    static HttpProblem of(JacksonException e) {
        String path = path(e.getPath());
        if (e instanceof StreamReadException) {
            return HttpProblem.malformed("the body is not valid JSON" + where(e.getLocation()));
        }
        if (e instanceof PropertyBindingException p) {
            return HttpProblem.invalid(path, "unknown field; known fields are " + p.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return path.isEmpty() ? HttpProblem.malformed("the body must be a JSON " + kind(m.getTargetType()))
                    : HttpProblem.invalid(path, "must be " + kind(m.getTargetType()));
        }
        return path.isEmpty() ? HttpProblem.malformed("the body could not be read as the expected JSON")
                : HttpProblem.invalid(path, "could not be read");
    }

    private static String kind(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String where(TokenStreamLocation at) {
        return Optional.ofNullable(at).filter(l -> l.getLineNr() > 0)
                .map(l -> " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")").orElse("");
    }
}
