package org.repatria.server;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures page's tables and a figure's CSV back into rows of cells, and signs the demo's accounts in. */
final class FigurePage {
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);

    private FigurePage() {
    }

    /** The body rows of figure {@code token}'s table on the page (empty when the figure has none). */
    static List<List<String>> table(String html, String token) {
        int start = html.indexOf("id=\"figure-" + token + "-table\"");
        if (start < 0) {
            return List.of();
        }
        String table = html.substring(html.indexOf("<tbody>", start), html.indexOf("</tbody>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(table);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) {
                cells.add(unescape(c.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The records of an RFC 4180 CSV with a byte-order mark, the header first. */
    static List<List<String>> csv(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }

    /** Digits only: a count as the page writes it in any language ("1,000", "1 000"). */
    static long count(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    /** A desk session of a demo account, signed in through the login form with its demo password. */
    static Client desk(int port, String username, String password) {
        HttpResponse<String> form = new Client(port).get("/login");
        String cookie = Callers.cookie(form);
        String body = "_csrf=" + enc(Callers.csrf(form.body())) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> login = new Client(port).session(cookie, "").post("/login", body,
                "application/x-www-form-urlencoded");
        if (login.statusCode() != 303) {
            throw new AssertionError("desk sign-in of " + username + " failed: " + login.statusCode());
        }
        String signedIn = Callers.cookie(login);
        return new Client(port).session(signedIn, Callers.csrf(new Client(port).session(signedIn, "").get("/desk").body()));
    }

    /** The bytes of a download (given 90 seconds). */
    static HttpResponse<byte[]> bytes(Client client, String path) {
        try {
            // A file's first download loads POI or OpenPDF; on a shared, loaded machine that alone can take seconds.
            return HttpClient.newHttpClient().send(client.request(path).timeout(java.time.Duration.ofSeconds(90)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&").strip();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
