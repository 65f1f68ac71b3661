package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
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
        String link = list.body().replaceAll("(?s).*href=\"(/api/demo/mail/[0-9a-f-]+)\">Demosidan.*", "$1");

        HttpResponse<String> shown = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).get(link);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Text för Bräcke", "sandbox=\"\"",
                "srcdoc=\"&lt;p onclick=&quot;x()&quot;&gt;HTML för Bräcke&lt;/p&gt;\"");
    }

    @Test
    void eachMessageKeepsItsAddressAsMailArrivesNewestFirstWithDecodedNamesSwedishTimesAndItsFiles() throws Exception {
        byte[] compilation = "%PDF-1.4 sammanställning".getBytes(StandardCharsets.UTF_8);
        var older = sender.createMimeMessage();
        MimeMessageHelper withFile = new MimeMessageHelper(older, true, "UTF-8");
        withFile.setFrom(new InternetAddress("paverkansagenda@region.example", "Påverkansagenda Jämtland Härjedalen", "UTF-8"));
        withFile.setTo(new InternetAddress("registrator@are.example", "Åre kommun", "UTF-8"));
        withFile.setSubject("Sammanställning för Åre");
        withFile.setText("Bifogad sammanställning");
        withFile.addAttachment("sammanställning-inspel.pdf", new ByteArrayResource(compilation), "application/pdf");
        older.setSentDate(Date.from(Instant.parse("2026-12-03T08:15:00Z")));
        sender.send(older);
        ApiClient admin = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port);
        String link = admin.get("/api/demo/mail").body()
                .replaceAll("(?s).*href=\"(/api/demo/mail/[0-9a-f-]+)\">Sammanställning för Åre.*", "$1");

        var newer = sender.createMimeMessage();
        MimeMessageHelper later = new MimeMessageHelper(newer, false, "UTF-8");
        later.setFrom("paverkansagenda@region.example");
        later.setTo("aaa-forst-i-listan@region.example");
        later.setSubject("Senare meddelande till Berg");
        later.setText("Senare");
        newer.setSentDate(Date.from(Instant.parse("2026-12-03T08:20:00Z")));
        sender.send(newer);

        String list = admin.get("/api/demo/mail").body();
        assertThat(list.indexOf("Senare meddelande till Berg")).as("newest first")
                .isLessThan(list.indexOf("Sammanställning för Åre"));
        assertThat(list).contains("torsdag 3 december 2026 kl. 09:15", "Åre kommun &lt;registrator@are.example&gt;",
                "sammanställning-inspel.pdf");
        HttpResponse<String> shown = admin.get(link);
        assertThat(shown.body()).as("the same address opens the same message after more mail came")
                .contains("Sammanställning för Åre", "Påverkansagenda Jämtland Härjedalen", "Bifogad sammanställning",
                        "sammanställning-inspel.pdf", "application/pdf");
        HttpResponse<byte[]> file = admin.download(link + "/bilagor/1");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(compilation);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(admin.get(link + "/bilagor/2").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/demo/mail/0000000000000000").statusCode()).isEqualTo(404);
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
