package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;

/** Behind a trusted reverse proxy the client's address and scheme are the proxy's word for them. */
@IntegrationTest
class TrustedProxiesTest {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureWhenTheClientReachedTheProxyOverHttps() {
        HttpResponse<String> https = ApiClient.anonymous(port).from("203.0.113.40").withHeader("X-Forwarded-Proto", "https")
                .get(TASKLIST);
        HttpResponse<String> http = ApiClient.anonymous(port).from("203.0.113.41").get(TASKLIST);

        assertThat(sessionCookies(https)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        assertThat(sessionCookies(http)).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    private static java.util.List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void theTrustedProxiesAreAListOfAddressesAndNothingElse() {
        assertThat(TrustedProxies.parse("127.0.0.1, ::1")).contains("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(TrustedProxies.parse("")).isEmpty();
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("not an IP address");
        assertThat("10.1.2.3").matches(TrustedProxies.pattern(TrustedProxies.parse("10.1.2.3")));
        assertThat("10.1.2.34").doesNotMatch(TrustedProxies.pattern(TrustedProxies.parse("10.1.2.3")));
    }

    @Test
    void withNoTrustedProxyNoForwardedHeaderIsBelieved() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        factory.addEngineValves(new RemoteIpValve());
        new TrustedProxies("").customize(factory);
        assertThat(factory.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);

        new TrustedProxies("10.0.0.5").customize(factory);
        assertThat(factory.getEngineValves()).filteredOn(RemoteIpValve.class::isInstance).singleElement()
                .satisfies(valve -> assertThat(((RemoteIpValve) valve).getInternalProxies()).contains("10.0.0.5"));
    }
}
