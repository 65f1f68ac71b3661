package se.paverkansagenda.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** An SMTP port that accepts connections and never says a word. */
final class SilentSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();

    SilentSmtpServer(int port) throws IOException {
        socket = new ServerSocket(port, 200, InetAddress.getByName(EmbeddedMailServer.HOST));
        Thread acceptor = new Thread(() -> {
            try {
                while (!socket.isClosed()) {
                    accepted.add(socket.accept());
                    connected.complete(null);
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void awaitConnection() throws Exception {
        connected.get(10, TimeUnit.SECONDS);
    }

    int connections() {
        return accepted.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : accepted) {
            client.close();
        }
    }
}
