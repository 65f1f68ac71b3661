package se.paverkansagenda.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.Application;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The whole lifecycle on PostgreSQL with the production profile. Skipped, saying why, when no
 * PostgreSQL is reachable; CI sets PA_REQUIRE_POSTGRES=true so that there it fails instead. It runs
 * in a JVM of its own (Failsafe): its engine, also named "default", would otherwise stand in for the
 * H2 tests' engine wherever the engine is looked up by name, such as the REST API's login.
 */
// the administrator's password is checked as the environment is prepared, before dynamic properties
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.admin-user.password=Postgres-Test-Nyckel-1")
@ActiveProfiles({"test", "postgres"})
class PostgresLifecycleIT {

    private static final String URL = env("PA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/paverkansagenda_test");
    private static final String USER = env("PA_TEST_DB_USER", "paverkansagenda");
    private static final String PASSWORD = env("PA_TEST_DB_PASSWORD", "paverkansagenda");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    HistoryService historyService;
    @Autowired
    DataSource dataSource;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    ProposalRepository proposals;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @BeforeAll
    static void requirePostgres() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assertThat(connection.isValid(5)).isTrue();
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("PA_REQUIRE_POSTGRES"))) {
                fail(why + ", and PA_REQUIRE_POSTGRES=true");
            }
            Assumptions.abort(why + ": the PostgreSQL lifecycle test is skipped");
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsTheWholeLifecycleOnPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        String region = randomRegionCode();
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        String key = cycles.start(Lifecycles.seedPlan(region), "processagare")
                .businessKey();
        assertThat(key).isEqualTo("PA-" + region + "-2020");
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, key);
        AgendaWork work = new AgendaWork(workshop, agenda, proposals, rounds);

        cycle.at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00").answerAllBut(RoundKind.INPUT, "2326")
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(work)
                .writeAgenda(work, "Till samråd")
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION)
                .at("2021-02-01T09:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                        AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                        AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_COUNCIL",
                        AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 12",
                        AgendaProcess.ADOPTION_DATE.name(), "2021-02-01"));

        String instanceId = cycles.find(key).processInstanceId();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getEndActivityId()).isEqualTo(Elements.END_ADOPTED);
        assertThat(rounds.requestsOf(key, RoundKind.INPUT))
                .hasSize(8)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(
                        r.recipientCode().equals("2326") ? RequestStatus.UNANSWERED : RequestStatus.ANSWERED));
        assertThat(rounds.requestsOf(key, RoundKind.CONSULTATION))
                .hasSize(19)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED));
    }

    private static String randomRegionCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
