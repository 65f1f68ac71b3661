package se.paverkansagenda.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;

/** Listing and downloading a cycle's documents: who may, what the response says, and what is refused. */
@IntegrationTest
class DocumentApiTest {

    private static final String CYCLE = "PA-DLA-2020";
    private static final String NO_ROLE = "dokumentlas";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    DocumentStore documents;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void aCycleWithDocuments() {
        if (documents.ofCycle(CYCLE).isEmpty()) {
            ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
            cycles.start(DefaultPlan.yaml().replace("code: JH", "code: DLA"), "processagare");
            ClockUtil.reset();
        }
        if (identityService.createUserQuery().userId(NO_ROLE).count() == 0) {
            User user = identityService.newUser(NO_ROLE);
            user.setPassword("Utan-Roll-2026");
            identityService.saveUser(user);
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyRoleOfTheRegionDownloadsWithTypeNameChecksumAndNoSniffing() {
        byte[] csv = "\uFEFFKommun;Rubrik\r\nÅre;Fjällen\r\n".getBytes(StandardCharsets.UTF_8);
        StoredDocument first = documents.store(CYCLE, Step.COMPILE_INPUT, DocumentKind.INPUT_COMPILATION, DocumentFormat.CSV, csv);
        StoredDocument second = documents.store(CYCLE, Step.COMPILE_INPUT, DocumentKind.INPUT_COMPILATION, DocumentFormat.CSV, csv);
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.sha256()).isEqualTo(first.sha256()).hasSize(64);

        for (String user : new String[] {"tjansteperson", "processagare", "presidiet", "rsrsekreterare"}) {
            HttpResponse<byte[]> download = ApiClient.as(user, port).download(second.downloadPath());
            assertThat(download.statusCode()).as(user).isEqualTo(200);
            assertThat(download.body()).as(user).isEqualTo(csv);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                    "attachment; filename=\"sammanstallning-inspel-PA-DLA-2020-v" + second.version() + ".csv\"");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(download.headers().firstValue("ETag")).hasValue("\"" + DocumentStore.sha256(csv) + "\"");
            assertThat(download.headers().firstValue("X-Checksum-SHA256")).hasValue(DocumentStore.sha256(csv));
        }
    }

    @Test
    void theCycleListNamesEachDocumentWithItsVersionChecksumAndAddress() throws Exception {
        StoredDocument pdf = documents.store(CYCLE, Step.CONSULTATION, DocumentKind.CONSULTATION_COMPILATION,
                DocumentFormat.PDF, "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> list = ApiClient.as("presidiet", port).get("/api/cycles/" + CYCLE + "/documents");

        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode document : JSON.readTree(list.body())) {
            if (document.path("id").asText().equals(pdf.id())) {
                listed = document;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("kind").asText()).isEqualTo("CONSULTATION_COMPILATION");
        assertThat(listed.path("step").asText()).isEqualTo("CONSULTATION");
        assertThat(listed.path("format").asText()).isEqualTo("PDF");
        assertThat(listed.path("label").asText()).isEqualTo("Sammanställning av samrådet, PDF, version " + pdf.version());
        assertThat(listed.path("sha256").asText()).isEqualTo(pdf.sha256());
        assertThat(listed.path("sizeBytes").asLong()).isEqualTo(13);
        assertThat(listed.path("url").asText()).isEqualTo("/api/documents/" + pdf.id());
        assertThat(ApiClient.as("tjansteperson", port).get("/api/cycles/PA-XX-1999/documents").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anonymousUsersGet401OtherUsers403AndUnknownOrForgedIds404() {
        StoredDocument document = documents.store(CYCLE, Step.COMPILE_INPUT, DocumentKind.INPUT_COMPILATION,
                DocumentFormat.PDF, "%PDF-1.4 hemlig".getBytes(StandardCharsets.US_ASCII));
        ApiClient official = ApiClient.as("tjansteperson", port);

        assertThat(ApiClient.anonymous(port).download(document.downloadPath()).statusCode()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/api/cycles/" + CYCLE + "/documents").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> noRole = ApiClient.as(NO_ROLE, "Utan-Roll-2026", port).download(document.downloadPath());
        assertThat(noRole.statusCode()).isEqualTo(403);
        assertThat(new String(noRole.body(), StandardCharsets.UTF_8)).doesNotContain("hemlig");
        assertThat(ApiClient.as(NO_ROLE, "Utan-Roll-2026", port).get("/api/cycles/" + CYCLE + "/documents").statusCode())
                .isEqualTo(403);
        assertThat(official.download("/api/documents/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
        for (String forged : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2E%2E", document.id().toUpperCase(),
                document.id() + "%00", "..;" + document.id()}) {
            HttpResponse<byte[]> refused = official.download("/api/documents/" + forged);
            assertThat(refused.statusCode()).as(forged).isIn(400, 404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(forged).doesNotContain("hemlig", "root:");
        }
    }
}
