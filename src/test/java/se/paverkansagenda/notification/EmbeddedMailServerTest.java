package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedMailServerTest {

    /**
     * The reply to EHLO has several lines. Held back by Nagle's algorithm, its later lines waited for the
     * client's delayed acknowledgement (about 40 ms on Linux) in every message the lifecycle sent.
     */
    @Test
    void theReplyOfSeveralLinesToEhloArrivesWithoutWaitingForAnAcknowledgement() throws Exception {
        try (EmbeddedMailServer server = new EmbeddedMailServer(0)) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                millis.add(ehloRoundTripMillis(server.port()));
            }
            Collections.sort(millis);
            assertThat(millis.get(millis.size() / 2)).as("median EHLO round trip, ms: %s", millis).isLessThan(25);
        }
    }

    private static long ehloRoundTripMillis(int port) throws Exception {
        try (Socket socket = new Socket(EmbeddedMailServer.HOST, port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("220");
            long start = System.nanoTime();
            out.write("EHLO test.example\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line;
            int lines = 0;
            do {
                line = in.readLine();
                lines++;
            } while (line.charAt(3) == '-');
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertThat(lines).as("a reply of several lines").isGreaterThan(1);
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return elapsed;
        }
    }
}
