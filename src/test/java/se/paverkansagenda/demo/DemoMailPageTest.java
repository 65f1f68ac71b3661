package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;

/** The administrator reads every message the embedded server received; nobody else does. */
@IntegrationTest
class DemoMailPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    IdentityService identityService;

    @Test
    void theAdministratorReadsEveryMessageWithItsMarkupShownAsText() throws Exception {
        var message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("paverkansagenda@region.example");
        helper.setTo("registrator@bracke.example");
        helper.setSubject("Demosidan <b>visar</b> allt");
        helper.setText("Text för Bräcke", "<p onclick=\"x()\">HTML för Bräcke</p>");
        sender.send(message);

        HttpResponse<String> list = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).get("/api/demo/mail");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("registrator@bracke.example", "Demosidan &lt;b&gt;visar&lt;/b&gt; allt");
        String link = list.body().replaceAll("(?s).*href=\"(/api/demo/mail/\\d+)\">Demosidan.*", "$1");

        HttpResponse<String> shown = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).get(link);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Text för Bräcke", "sandbox=\"\"",
                "srcdoc=\"&lt;p onclick=&quot;x()&quot;&gt;HTML för Bräcke&lt;/p&gt;\"");
    }

    @Test
    void theMailboxNeedsALoginAndTheAdministratorRole() {
        User reader = identityService.newUser("mailreadertest");
        reader.setPassword("Hemlig-Las-2026");
        if (identityService.createUserQuery().userId("mailreadertest").count() == 0) {
            identityService.saveUser(reader);
        }

        assertThat(ApiClient.anonymous(port).get("/api/demo/mail").statusCode()).isEqualTo(401);
        assertThat(ApiClient.as("mailreadertest", "Hemlig-Las-2026", port).get("/api/demo/mail").statusCode()).isEqualTo(403);
    }
}
