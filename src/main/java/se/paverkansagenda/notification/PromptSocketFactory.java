package se.paverkansagenda.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Sockets to the mail server with Nagle's algorithm off. The mail library writes the end of a message
 * (the line with the single dot) as a small packet of its own right after the body; held back until the
 * server acknowledged the body, which a server delays by about 40 ms, it cost every message that long.
 */
final class PromptSocketFactory extends SocketFactory {

    @Override
    public Socket createSocket() throws SocketException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return prompt(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return prompt(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return prompt(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return prompt(new Socket(address, port, localAddress, localPort));
    }

    private static Socket prompt(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
