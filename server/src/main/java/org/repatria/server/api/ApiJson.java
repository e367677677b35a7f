package org.repatria.server.api;

import com.fasterxml.jackson.annotation.JsonValue;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON conventions: snake_case names, ISO-8601 instants, party ids as plain text, strict reading. */
public final class ApiJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addMixIn(PartyId.class, PartyIdAsText.class)
            .build();

    /** A party id is written as its text ({@code "ua"}), as everywhere else in the API, not as an object. */
    private abstract static class PartyIdAsText {
        @JsonValue
        abstract String value();
    }

    private ApiJson() {
    }

    /** The mapper the server hands to Javalin, so responses and requests follow the same conventions. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Answers {@code value} as JSON with {@code status}, written straight to UTF-8 bytes (as {@code ctx.json} answers,
     * without the whole body made as a String first: a batch's receipts are about 2 KB each; docs/decisions/0187).
     */
    public static void reply(Context ctx, int status, Object value) {
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(MAPPER.writeValueAsBytes(value));
    }

    /** Reads the request body as {@code type}; a missing, malformed or mistyped body is a 400 naming the field. */
    public static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw HttpProblem.malformed("send a JSON object in the request body (Content-Type: application/json)");
        }
        if (Surrogates.maybe(body)) {
            Surrogates.find(MAPPER.readTree(body), "").ifPresent(lone -> {
                throw HttpProblem.invalid(lone.getKey().isEmpty() ? "body" : lone.getKey(), String.format(
                        "holds a lone surrogate (U+%04X), which is not Unicode text; send valid UTF-8", (int) lone.getValue()));
            });
        }
        T value = MAPPER.readValue(body, type);
        if (value == null) {
            throw HttpProblem.malformed("the body must be a JSON object, not null");
        }
        return value;
    }
}
