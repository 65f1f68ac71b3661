package se.paverkansagenda.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server inside the application (GreenMail), for the demo and the tests: it accepts every
 * message for every address and keeps them in memory, so the administrator can read what was sent.
 */
public class EmbeddedMailServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final int port;
    private final GreenMail greenMail;

    /** @param port 0 for a free port, kept when the server is stopped and started again */
    public EmbeddedMailServer(int port) {
        this.port = port == 0 ? freePort() : port;
        this.greenMail = new PromptGreenMail(new ServerSetup(this.port, HOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        LOG.info("Inbyggd e-postserver (SMTP) lyssnar på {}:{}", HOST, port());
    }

    public int port() {
        return port;
    }

    /** Every message received since the application started, oldest first. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** The GreenMail server itself, to stop and start it (a mail server that goes away and comes back). */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /**
     * GreenMail writes a reply of several lines (the one to EHLO) line by line; with Nagle's algorithm on,
     * each later line waited for the client's delayed acknowledgement, about 40 ms per message sent.
     */
    private static final class PromptGreenMail extends GreenMail {

        PromptGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
            ServerSetup smtp = setups[0];
            return Map.of(smtp.getProtocol(), new SmtpServer(smtp, managers) {
                @Override
                protected void handleClientSocket(Socket socket) throws SocketException {
                    socket.setTcpNoDelay(true);
                    super.handleClientSocket(socket);
                }
            });
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded mail server", e);
        }
    }
}
