package se.paverkansagenda.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The reverse proxies whose {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code X-Forwarded-Host}
 * and {@code X-Forwarded-Port} are believed ({@code paverkansagenda.trusted-proxies}, from
 * {@code PA_TRUSTED_PROXIES}: IP addresses separated by commas; loopback by default; empty for none).
 * A request that comes through one of them has the client's address, scheme and host as the proxy
 * says, so login and link limits count each client on its own and the session cookie is
 * {@code Secure} when the client reached the proxy over HTTPS. From any other address these headers
 * are ignored.
 */
@Component
public class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> addresses;

    public TrustedProxies(@Value("${paverkansagenda.trusted-proxies:127.0.0.1,::1}") String addresses) {
        this.addresses = parse(addresses);
    }

    /** After Spring Boot's own customizer, whose valve (from {@code server.forward-headers-strategy}) this replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().removeIf(valve -> valve instanceof RemoteIpValve);
        if (addresses.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(pattern(addresses));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }

    List<String> addresses() {
        return addresses;
    }

    /** The addresses as Tomcat writes a client's address; anything but an IP address stops the start. */
    static List<String> parse(String configured) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String entry : Arrays.stream(configured == null ? new String[0] : configured.split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList()) {
            if (!entry.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("paverkansagenda.trusted-proxies (PA_TRUSTED_PROXIES): " + entry
                        + " is not an IP address; list the proxies' addresses separated by commas");
            }
            try {
                InetAddress address = InetAddress.getByName(entry);
                parsed.add(address.getHostAddress());
                parsed.add(entry);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("paverkansagenda.trusted-proxies (PA_TRUSTED_PROXIES): " + entry
                        + " is not an IP address", e);
            }
        }
        return List.copyOf(parsed);
    }

    static String pattern(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
