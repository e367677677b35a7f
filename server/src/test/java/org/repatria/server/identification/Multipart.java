package org.repatria.server.identification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser sends a form with file inputs (RFC 7578), for desk upload tests. */
public final class Multipart {
    private final String boundary = "----repatria" + UUID.nameUUIDFromBytes("test".getBytes(StandardCharsets.UTF_8));
    private final StringBuilder body = new StringBuilder();

    public Multipart field(String name, String value) {
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
        return this;
    }

    public Multipart file(String name, String content) {
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"; filename=\"").append(name).append(".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(content).append("\r\n");
        return this;
    }

    public String body() {
        return body + "--" + boundary + "--\r\n";
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }
}
