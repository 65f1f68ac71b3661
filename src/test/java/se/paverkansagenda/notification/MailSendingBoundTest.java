package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.paverkansagenda.notification.MailTestSupport.clockAt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * A mail server that accepts and never answers while many messages wait: sending holds at most
 * {@code paverkansagenda.mail.sending.max-concurrent} of the job threads, the other sending jobs wait
 * without losing a retry, and an unrelated job runs at once; after the server is back each message goes
 * out exactly once.
 */
@IntegrationTest
class MailSendingBoundTest {

    /** As many threads as the job executor has (Camunda's default maximum). */
    private static final int JOB_THREADS = 10;
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
    @Autowired
    Mailer mailer;

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
        mailer.resetCircuit();
    }

    @Test
    void aHangingServerHoldsABoundedShareOfTheJobThreadsAndEachMessageGoesOutOnceWhenItIsBack() throws Exception {
        clockAt("2020-04-07T09:00");
        String other = start("HZZ");
        List<String> sendingCycles = new ArrayList<>();
        List<Job> sendingJobs = new ArrayList<>();
        for (int i = 0; i < 2 * JOB_THREADS + 4; i++) {
            String cycle = start("H" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
            sendingCycles.add(cycle);
            sendingJobs.add(sendPlanToRsrJob(cycle));
        }
        Job probe = mail.dueJobs(other).get(0);
        mailServer.greenMail().stop();

        ExecutorService jobThreads = Executors.newFixedThreadPool(JOB_THREADS);
        try (SilentSmtpServer silent = new SilentSmtpServer(mailServer.port())) {
            for (Job job : sendingJobs) {
                jobThreads.submit(() -> catchThrowable(() -> managementService.executeJob(job.getId())));
            }
            silent.awaitConnection();
            Instant queued = Instant.now();
            Future<Duration> probeRun = jobThreads.submit(() -> {
                managementService.executeJob(probe.getId());
                return Duration.between(queued, Instant.now());
            });
            Duration latency = probeRun.get(30, TimeUnit.SECONDS);
            System.out.println("[figure] unrelated job ran " + latency.toMillis() + " ms after it was queued behind "
                    + sendingJobs.size() + " sending jobs, with the mail server silent");
            assertThat(latency).as("the unrelated job waited for no hung send").isLessThan(Duration.ofSeconds(2));
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(other)
                    .taskDefinitionKey(Elements.TASK_DRAFT_PM).count()).isEqualTo(1);
            assertThat(silent.connections()).as("at most the allowed sends at once").isLessThanOrEqualTo(3);
            jobThreads.shutdown();
            assertThat(jobThreads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            jobThreads.shutdownNow();
        }
        for (Job job : sendingJobs) {
            Job waiting = managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(waiting.getDuedate()).as("each sending job waits before it runs again").isAfter(ClockUtil.getCurrentTime());
            assertThat(waiting.getRetries()).as("a job whose message was not tried keeps its retries").isGreaterThan(0);
        }

        mailServer.greenMail().start();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
        for (String cycle : sendingCycles) {
            mail.runDueJobs(cycle);
        }
        for (String cycle : sendingCycles) {
            assertThat(mail.mailsTo(cycle, RSR)).as(cycle).hasSize(1);
            assertThat(mail.mailsTo(cycle, PRESIDIUM)).as(cycle).hasSize(1);
        }
        assertThat(runtimeService.createIncidentQuery().list().stream()
                .filter(incident -> sendingJobs.stream().anyMatch(job -> job.getId().equals(incident.getConfiguration())))).isEmpty();
    }

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
}
