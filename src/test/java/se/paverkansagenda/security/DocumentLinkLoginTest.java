package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;

/** A document link in a Tasklist form opens for the official logged in to Tasklist, and only downloads do. */
@IntegrationTest
class DocumentLinkLoginTest {

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    DocumentStore documents;

    @Test
    void theTasklistLoginOpensDocumentLinksButNoOtherCallOfTheApi() {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        try {
            cycles.start(DefaultPlan.yaml().replace("code: JH", "code: DLL"), "processagare");
        } finally {
            ClockUtil.reset();
        }
        StoredDocument document = documents.store("PA-DLL-2020", Step.COMPILE_INPUT, DocumentKind.INPUT_COMPILATION,
                DocumentFormat.CSV, "Kommun;Rubrik\r\n".getBytes(StandardCharsets.UTF_8));

        WebappSession official = WebappSession.login(port, "tjansteperson", ApiClient.DEMO_PASSWORD);
        assertThat(official.get(document.downloadPath()).statusCode()).isEqualTo(200);
        assertThat(official.get(document.downloadPath()).body()).isEqualTo("Kommun;Rubrik\r\n");
        assertThat(official.get("/api/cycles/PA-DLL-2020/documents").statusCode()).as("Basic only").isEqualTo(401);
        assertThat(official.get("/api/cycles/PA-DLL-2020").statusCode()).isEqualTo(401);

        WebappSession presidium = WebappSession.login(port, "presidiet", ApiClient.DEMO_PASSWORD);
        assertThat(presidium.get(document.downloadPath()).statusCode()).isEqualTo(200);
        assertThat(WebappSession.tryLogin(port, "tasklist", "nobody", "wrong").statusCode()).isEqualTo(401);
    }
}
