package se.paverkansagenda.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A round's requests end side by side without colliding: every request that ends counts itself done
 * in the main process's multi-instance counters, and ends run at the same time by the job executor
 * collided there and ran again (by the hundred in a round of all municipalities). The request model
 * ends a request in an exclusive job of its own, and the application's engine keeps exclusive jobs
 * exclusive over a whole process hierarchy, so the ends of one round run one after the other while
 * the mails (requests, receipts) still run side by side. A deadline is one job (the timer registers the
 * request as unanswered and ends it), and the round's unanswered requests go to the process owner in one
 * message after the round.
 */
class RoundSettlingTest {

    private static final String EXCLUSIVE_OVER_HIERARCHIES =
            "camunda.bpm.generic-properties.properties.job-executor-acquire-exclusive-over-process-hierarchies";
    private static final int REQUESTS = 40;
    private static final AtomicInteger LOST_LOCKS = new AtomicInteger();
    /** The most mails (receipts, notices of no answer) sent at the same moment. */
    private static final AtomicInteger MOST_MAILS_AT_ONCE = new AtomicInteger();
    private static final AtomicInteger MAILS_UNDER_WAY = new AtomicInteger();
    private static final String REPORT_UNANSWERED = "Task_ReportUnanswered";

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = engine(LOST_LOCKS);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void count() {
        LOST_LOCKS.set(0);
        MOST_MAILS_AT_ONCE.set(0);

    }

    @Test
    void theRequestsOfARoundEndWithoutLosingAnOptimisticLock() throws InterruptedException {
        String round = startRound(engine, Instant.now().plus(Duration.ofDays(30)));
        await(() -> engine.getRuntimeService().createExecutionQuery()
                .activityId(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER).count() == REQUESTS);

        // every answer in one transaction, so that all receipts are due at once, as in a burst of answers
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> {
                    for (var request : engine.getRuntimeService().createProcessInstanceQuery()
                            .processDefinitionKey(RequestRoundProcess.KEY).list()) {
                        engine.getRuntimeService().createMessageCorrelation(RequestRoundProcess.MESSAGE_ANSWER_RECEIVED)
                                .processInstanceId(request.getId()).correlateWithResult();
                    }
                    return null;
                });
        awaitEnd(engine, round);

        assertThat(passes(engine, RequestRoundProcess.Elements.END_RECEIPT_SENT)).isEqualTo(REQUESTS);
        assertThat(LOST_LOCKS).hasValue(0);
        assertThat(MOST_MAILS_AT_ONCE.get()).as("mails sent side by side").isGreaterThan(1);
    }

    @Test
    void theDeadlinesOfARoundFireTogetherWithoutLosingAnOptimisticLock() throws InterruptedException {
        long jobsBefore = requestJobs();
        // the deadline has passed: every request's timer is due as soon as the request is sent
        String round = startRound(engine, Instant.now().minus(Duration.ofMinutes(1)));
        awaitEnd(engine, round);

        assertThat(passes(engine, RequestRoundProcess.Elements.END_UNANSWERED)).isEqualTo(REQUESTS);
        assertThat(passes(engine, RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER)).isEqualTo(REQUESTS);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(round)
                .activityId(REPORT_UNANSWERED).finished().count()).as("one message for the round, after it").isOne();
        assertThat(requestJobs() - jobsBefore).as("two jobs a request: sending it, and its deadline's timer, which registers"
                        + " the request as unanswered and ends it").isEqualTo(2L * REQUESTS);
        assertThat(LOST_LOCKS).hasValue(0);
    }

    /** The jobs the requests' processes have had so far. */
    private static long requestJobs() {
        return engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(RequestRoundProcess.KEY)
                .creationLog().count();
    }

    private static String startRound(ProcessEngine engine, Instant deadline) {
        List<String> requestIds = IntStream.range(0, REQUESTS).mapToObj(i -> "request-" + i).toList();
        return engine.getRuntimeService().startProcessInstanceByKey("round", Variables.createVariables()
                .putValue("requestIds", requestIds).putValue("deadline", Date.from(deadline))).getId();
    }

    private static void awaitEnd(ProcessEngine engine, String round) throws InterruptedException {
        await(() -> engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(round)
                .finished().count() == 1);
    }

    private static long passes(ProcessEngine engine, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).finished()
                .count();
    }

    /**
     * The request model under a round of its own, on an engine with the job executor running and the
     * application's setting for exclusive jobs; every delegate does nothing, and every command that
     * loses an optimistic lock is counted.
     */
    private static ProcessEngine engine(AtomicInteger lostLocks) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("roundSettling");
        configuration.setJdbcUrl("jdbc:h2:mem:round-settling;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        configuration.setJobExecutorActivate(true);
        // looks for jobs often, so the test does not wait out Camunda's pauses between acquisitions
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setWaitTimeInMillis(50);
        jobExecutor.setMaxWait(200);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorAcquireExclusiveOverProcessHierarchies(
                Boolean.parseBoolean(applicationProperties().getProperty(EXCLUSIVE_OVER_HIERARCHIES, "false")));
        configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>(List.of(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                try {
                    return next.execute(command);
                } catch (OptimisticLockingException e) {
                    lostLocks.incrementAndGet();
                    throw e;
                }
            }
        })));
        configuration.setBeans(noOpDelegates());
        ProcessEngine engine = configuration.buildProcessEngine();
        ProcessEngines.unregister(engine);
        engine.getRepositoryService().createDeployment()
                .addModelInstance(RequestRoundProcess.BPMN_RESOURCE, requestModel())
                .addModelInstance("round.bpmn", roundModel())
                .deploy();
        return engine;
    }

    /** The main process's round as the main model has it: the request model called once per request. */
    private static BpmnModelInstance roundModel() {
        return Bpmn.createExecutableProcess("round").camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("CallActivity_Round").calledElement(RequestRoundProcess.KEY)
                .camundaIn("requestId", RequestRoundProcess.REQUEST_ID.name())
                .camundaIn("deadline", RequestRoundProcess.ANSWER_DEADLINE.name())
                .multiInstance().camundaCollection("${requestIds}").camundaElementVariable("requestId")
                .multiInstanceDone()
                .serviceTask(REPORT_UNANSWERED).camundaDelegateExpression("${reportUnansweredDelegate}")
                .camundaAsyncBefore()
                .endEvent()
                .done();
    }

    private static BpmnModelInstance requestModel() {
        return Bpmn.readModelFromFile(IsolatedProcessEngine.MODELS.resolve(RequestRoundProcess.BPMN_RESOURCE).toFile());
    }

    private static Map<Object, Object> noOpDelegates() {
        JavaDelegate noOp = execution -> {
        };
        JavaDelegate mail = execution -> {
            MOST_MAILS_AT_ONCE.accumulateAndGet(MAILS_UNDER_WAY.incrementAndGet(), Math::max);
            Thread.sleep(20);
            MAILS_UNDER_WAY.decrementAndGet();
        };
        Map<Object, Object> beans = new HashMap<>();
        for (ServiceTask task : requestModel().getModelElementsByType(ServiceTask.class)) {
            String expression = task.getCamundaDelegateExpression();
            beans.put(expression.substring("${".length(), expression.length() - "}".length()), noOp);
        }
        beans.put("sendReceiptDelegate", mail);
        beans.put("reportUnansweredDelegate", mail);
        return beans;
    }

    private static Properties applicationProperties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(giveUp);
            Thread.sleep(50);
        }
    }
}
