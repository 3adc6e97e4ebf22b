package org.fieldnps.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the application and its database, as a test can break it: a TCP relay on
 * a port of its own to the real server. Cutting it closes the listening port and every open
 * connection, as a database host that went away would; mending it listens again.
 */
final class DatabaseLink implements AutoCloseable {

    private final int port;
    private final InetSocketAddress database;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private DatabaseLink(int port, InetSocketAddress database) {
        this.port = port;
        this.database = database;
    }

    static DatabaseLink open(int port, String databaseHost, int databasePort) {
        DatabaseLink link = new DatabaseLink(port, new InetSocketAddress(databaseHost, databasePort));
        link.mend();
        return link;
    }

    void mend() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread.ofVirtual().name("database-link-accept").start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port, e);
        }
    }

    void cut() {
        closeQuietly(listener);
        open.forEach(DatabaseLink::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket application = socket.accept();
                Socket server = new Socket(database.getAddress(), database.getPort());
                open.add(application);
                open.add(server);
                Thread.ofVirtual().start(() -> relay(application, server));
                Thread.ofVirtual().start(() -> relay(server, application));
            } catch (IOException closedOrRefused) {
                // Cut while waiting, or the database refused: the application sees a closed socket.
            }
        }
    }

    private void relay(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException endOfEitherSide) {
            // One side closed; closing both below ends the other direction too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception alreadyClosed) {
            // Nothing left to release.
        }
    }
}
