package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;

/**
 * The pages and downloads Cockpit and Tasklist link to open with the web apps' login; the JSON calls
 * and every call that changes something still need HTTP Basic.
 */
@IntegrationTest
class WebappLinkLoginTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void cockpitsTimelineLinksOpenWithTheWebappLogin() {
        String key = lifecycles.start("WLL").cycleKey();
        WebappSession owner = WebappSession.login(port, Lifecycles.PROCESS_OWNER, ApiClient.DEMO_PASSWORD);

        var page = owner.get("/api/cycles/" + key + "/tidslinje");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(key);
        assertThat(owner.get("/api/cycles/" + key + "/stages.pdf").statusCode()).isEqualTo(200);
        var csv = owner.get("/api/cycles/" + key + "/stages.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(owner.get("/api/cykel/" + key + "/agenda").statusCode()).isNotEqualTo(401);
        assertThat(owner.get("/api/cykel/" + key + "/uppfoljning").statusCode())
                .as("the follow-up task's form links its page").isEqualTo(200);

        assertThat(owner.get("/api/cycles/" + key).statusCode()).as("not linked: Basic only").isEqualTo(401);
        assertThat(owner.get("/api/cycles/" + key + "/stages").statusCode()).as("the timeline page's JSON link").isEqualTo(200);
        assertThat(owner.postJson("/api/cykel/" + key + "/agenda", "{}").statusCode())
                .as("changes need Basic").isEqualTo(401);

        WebappSession nobody = WebappSession.anonymous(port);
        assertThat(nobody.get("/api/cycles/" + key + "/tidslinje").statusCode()).isEqualTo(401);
    }
}
