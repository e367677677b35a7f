package org.repatria.server.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the server and PostgreSQL that can take the database away and bring it back, as a restart does
 * to its clients (every connection cut, new ones refused, then accepted again), without restarting the shared cluster
 * other tests use.
 */
final class DatabaseAway implements AutoCloseable {
    private final String host;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final int localPort;
    private volatile ServerSocket listening;
    private volatile boolean closed;

    DatabaseAway(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.localPort = listening.getLocalPort();
        accept(listening);
    }

    int port() {
        return localPort;
    }

    /** Cuts every connection and refuses new ones, as a stopped database does. */
    synchronized void away() throws IOException {
        listening.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    /** Accepts connections again on the same port, as a restarted database does. */
    synchronized void back() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), localPort), 50);
        listening = s;
        accept(s);
    }

    private void accept(ServerSocket server) {
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed() && !closed) {
                try {
                    Socket client = server.accept();
                    Socket database = new Socket(host, port);
                    open.add(client);
                    open.add(database);
                    pipe(client, database);
                    pipe(database, client);
                } catch (IOException stopped) {
                    return;
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // one side went away: close both below
            }
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        });
    }

    @Override
    public void close() throws IOException {
        closed = true;
        away();
    }
}
