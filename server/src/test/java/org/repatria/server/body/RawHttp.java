package org.repatria.server.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A request written by hand on a socket: headers that announce a body that never comes, to see a refusal on them alone. */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code requestLine} and {@code headers} without the body; the reply as text (headers and body). */
    static String headOnly(int port, String requestLine, String... headers) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n");
            for (String h : headers) {
                head.append(h).append("\r\n");
            }
            OutputStream out = s.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65_536];
            StringBuilder reply = new StringBuilder();
            int n;
            while ((n = in.read(buf)) > 0) {
                reply.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                if (reply.indexOf("\r\n\r\n") > 0 && complete(reply)) {
                    break;
                }
            }
            return reply.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean complete(StringBuilder reply) {
        int end = reply.indexOf("\r\n\r\n");
        String head = reply.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int len = Integer.parseInt(head.substring(at + 15, head.indexOf('\n', at) < 0 ? head.length() : head.indexOf('\n', at)).strip());
        return reply.length() - end - 4 >= len;
    }
}
