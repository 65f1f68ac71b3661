package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.paverkansagenda.notification.MailTestSupport.clockAt;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * The mail server refuses or hangs: the sending job fails within the timeouts, waits on the back-off
 * cycle (1 and 10 minutes in the tests) instead of running again at once, then raises an incident
 * that says what failed; other jobs run meanwhile; after the server is back and the incident is
 * retried, every message goes out exactly once.
 */
@IntegrationTest
class NotificationOutageTest {

    private static final String RSR = "rsr-sekretariat@regionjh.example";
    private static final String PRESIDIUM = "run-presidium@regionjh.example";

    @Autowired
    CycleService cycles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    NotificationRepository outbox;

    MailTestSupport mail;

    @BeforeEach
    void setUp() {
        mail = new MailTestSupport(mailServer, outbox, runtimeService, managementService);
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        if (!mailServer.greenMail().isRunning()) {
            mailServer.greenMail().start();
        }
    }

    @Test
    void aRefusingServerMakesTheJobWaitOnTheBackOffThenRaiseAnIncidentAndRecoveryRetrySendsEachMessageOnce() {
        clockAt("2020-04-27T07:00");
        String cycle = start("NOA");
        Job job = sendPlanToRsrJob(cycle);
        mailServer.greenMail().stop();

        Throwable first = catchThrowable(() -> managementService.executeJob(job.getId()));

        assertThat(first).hasMessageContaining("E-post kunde inte skickas till " + RSR)
                .hasMessageContaining("via e-postservern 127.0.0.1:" + mailServer.port())
                .hasMessageContaining("ConnectException");
        Job waiting = job(job.getId());
        assertThat(waiting.getRetries()).isEqualTo(2);
        assertThat(waiting.getDuedate()).isEqualTo(Date.from(now().plus(Duration.ofMinutes(1))));
        assertThat(mail.dueJobs(cycle)).as("the failed job is not run again at once").isEmpty();
        assertThat(record(cycle, RSR).status()).isEqualTo(NotificationStatus.FAILED);

        ClockUtil.setCurrentTime(Date.from(now().plus(Duration.ofMinutes(1))));
        catchThrowable(() -> managementService.executeJob(job.getId()));
        assertThat(job(job.getId()).getDuedate()).isEqualTo(Date.from(now().plus(Duration.ofMinutes(10))));
        ClockUtil.setCurrentTime(Date.from(now().plus(Duration.ofMinutes(10))));
        catchThrowable(() -> managementService.executeJob(job.getId()));

        assertThat(job(job.getId()).getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId())
                .configuration(job.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(Elements.TASK_SEND_PLAN_TO_RSR);
        assertThat(incident.getIncidentMessage()).startsWith("E-post kunde inte skickas till " + RSR)
                .contains("försök jobbet på nytt");
        assertThat(record(cycle, RSR).attempts()).isEqualTo(3);
        assertThat(mail.mails(cycle)).isEmpty();

        mailServer.greenMail().start();
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
        assertThat(mail.mailsTo(cycle, RSR)).hasSize(1);
        assertThat(mail.mailsTo(cycle, PRESIDIUM)).hasSize(1);
        assertThat(record(cycle, RSR).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(record(cycle, RSR).attempts()).isEqualTo(4);

        // the step runs again (an operator restarts it): what went out is not sent again
        runtimeService.createProcessInstanceModification(job.getProcessInstanceId())
                .startBeforeActivity(Elements.TASK_SEND_PLAN_TO_RSR).execute();
        mail.runDueJobs(cycle);
        Plan plan = PlanParser.parse(DefaultPlan.yaml());
        assertThat(mail.mails(cycle)).as("one notice to RSR's and one to the presidium's address and members each")
                .hasSize(plan.addressesOf(Plan.Council.RSR).size() + plan.addressesOf(Plan.Council.PRESIDIUM).size());
    }

    @Test
    void aHangingServerTimesOutWhileOtherJobsRunAndTheMessageGoesOutOnceAfterwards() throws Exception {
        clockAt("2020-04-07T09:00");
        String other = start("NOB");
        String cycle = start("NOC");
        Job sending = sendPlanToRsrJob(cycle);
        Job otherTimer = mail.dueJobs(other).get(0);
        mailServer.greenMail().stop();

        try (SilentSmtpServer silent = new SilentSmtpServer(mailServer.port())) {
            Instant begin = Instant.now();
            CompletableFuture<Throwable> hanging = CompletableFuture.supplyAsync(
                    () -> catchThrowable(() -> managementService.executeJob(sending.getId())));
            silent.awaitConnection();

            managementService.executeJob(otherTimer.getId());
            assertThat(hanging).as("the other job ran while the mail server hung").isNotDone();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(other)
                    .taskDefinitionKey(Elements.TASK_DRAFT_PM).count()).isEqualTo(1);

            Throwable failure = hanging.get(20, TimeUnit.SECONDS);
            assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(failure).hasMessageContaining("E-post kunde inte skickas till " + RSR)
                    .hasMessageContaining("SocketTimeoutException");
        }
        assertThat(record(cycle, RSR).lastError()).contains("SocketTimeoutException");
        assertThat(mail.dueJobs(cycle)).isEmpty();

        mailServer.greenMail().start();
        ClockUtil.setCurrentTime(Date.from(now().plus(Duration.ofMinutes(1))));
        mail.runDueJobs(cycle);

        assertThat(mail.mailsTo(cycle, RSR)).hasSize(1);
        assertThat(mail.mailsTo(cycle, PRESIDIUM)).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(sending.getProcessInstanceId()).count()).isZero();
    }

    /** The seed plan under a region code of its own: each test has a cycle of its own in the shared database. */
    private String start(String region) {
        return cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + region), "test").businessKey();
    }

    private Job sendPlanToRsrJob(String cycle) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycle)
                .processDefinitionKey(AgendaProcess.KEY).singleResult().getId();
        runtimeService.createProcessInstanceModification(instance)
                .cancelAllForActivity(Elements.TIMER_DRAFT_PM_START)
                .startBeforeActivity(Elements.TASK_SEND_PLAN_TO_RSR)
                .execute();
        return managementService.createJobQuery().processInstanceId(instance).activityId(Elements.TASK_SEND_PLAN_TO_RSR)
                .singleResult();
    }

    private Job job(String id) {
        return managementService.createJobQuery().jobId(id).singleResult();
    }

    private Notification record(String cycle, String recipient) {
        return outbox.findByCycle(cycle).stream().filter(n -> n.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
