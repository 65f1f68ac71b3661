package se.paverkansagenda.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * The engine alone, as the yardstick for the application: the same {@code requestRound} model on
 * the same kind of database, with full history and the job executor as in the application, but
 * every delegate does nothing. One instance per municipality waits for its answer, and the same
 * submissions (a share of them twice) correlate the answer message from as many threads, each
 * tried again after a collision as the application does; a repeated one finds no instance waiting.
 */
final class BareEngineRun {

    private static final String WARM_UP_KEY = "BARE-WARM-UP";
    private static final String MEASURED_KEY = "BARE";
    private static final int MAX_ATTEMPTS = 8;
    private static final JavaDelegate NO_OP = execution -> {
    };

    private final BenchmarkOptions options;
    private final ProcessEngine engine;
    private final OptimisticLockCount optimisticLocks;

    private BareEngineRun(BenchmarkOptions options, ProcessEngine engine, OptimisticLockCount optimisticLocks) {
        this.options = options;
        this.engine = engine;
        this.optimisticLocks = optimisticLocks;
    }

    static RunResult measure(Database database, BenchmarkOptions options) throws InterruptedException {
        Progress.say(database, RunResult.BARE_ENGINE, "starting the engine");
        OptimisticLockCount optimisticLocks = new OptimisticLockCount();
        StandaloneProcessEngineConfiguration configuration =
                configuration(database.emptyFor("benchmark-bare-engine", options.postgres()));
        configuration.getProcessEnginePlugins().add(optimisticLocks);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addClasspathResource(RequestRoundProcess.BPMN_RESOURCE).deploy();
            Memory.sample(Memory.AFTER_START);
            BareEngineRun run = new BareEngineRun(options, engine, optimisticLocks);
            run.round(database, WARM_UP_KEY, options.warmUpMunicipalities());
            RunResult result = run.round(database, MEASURED_KEY, options.municipalities());
            Memory.sample(Memory.AFTER_BURST);
            return result;
        } finally {
            engine.close();
        }
    }

    static StandaloneProcessEngineConfiguration configuration(Database.Login login) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("benchmark-bare-engine");
        configuration.setJdbcUrl(login.url());
        configuration.setJdbcUsername(login.user());
        configuration.setJdbcPassword(login.password());
        configuration.setJdbcDriver(login.driver());
        // as many connections as the application's pool
        configuration.setJdbcMaxActiveConnections(30);
        configuration.setDatabaseSchemaUpdate(StandaloneProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(StandaloneProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        // the application's engine, from Camunda's Spring Boot starter, makes ids this way too; the
        // standalone default takes blocks of ids from the database over a second connection
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(noOpDelegates());
        return configuration;
    }

    /** A delegate that does nothing under each name the model's service tasks call, read from the model. */
    private static Map<Object, Object> noOpDelegates() {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                BareEngineRun.class.getResourceAsStream("/" + RequestRoundProcess.BPMN_RESOURCE));
        Map<Object, Object> beans = new HashMap<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String expression = task.getCamundaDelegateExpression();
            beans.put(expression.substring("${".length(), expression.length() - "}".length()), NO_OP);
        }
        return beans;
    }

    private RunResult round(Database database, String businessKey, int municipalities) throws InterruptedException {
        Map<String, String> instances = startRequests(businessKey, municipalities);
        List<String> requestIds = new ArrayList<>(instances.keySet());
        Progress.say(database, RunResult.BARE_ENGINE, municipalities + " instances waiting for an answer");
        RuntimeService runtime = engine.getRuntimeService();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Callable<String>> submissions = new ArrayList<>();
        for (String requestId : SubmissionOrder.withDuplicates(requestIds, options.duplicateShare(), 1)) {
            submissions.add(() -> {
                correlate(runtime, instances.get(requestId));
                acknowledged.add(requestId);
                return null;
            });
        }
        optimisticLocks.reset();
        Date released = new Date();
        Burst.Outcome burst = Burst.fire(submissions, options.threads());
        Duration settled = RequestProcesses.awaitNoDueJobs(engine.getManagementService(), options.timeout());
        RunResult result = check(database, businessKey, requestIds, acknowledged, burst,
                burst.wallNanos() / 1e9 + settled.toNanos() / 1e9);
        Progress.say(database, RunResult.BARE_ENGINE, businessKey + ": " + Progress.summary(result) + " "
                + optimisticLocks.byKind() + " failed jobs " + OptimisticLockCount.failedJobs(engine, released));
        return result;
    }

    /**
     * Correlates the answer to the instance waiting for it, by the instance's id as the application
     * does, if one still waits. Two correlations of the
     * same answer may both find the instance waiting; the one that comes second fails (a lost
     * optimistic lock, the wait's subscription gone, or, when the instance has just moved on, a
     * NullPointerException from inside the engine) and, tried again, finds nothing to do.
     */
    private static void correlate(RuntimeService runtime, String processInstanceId) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                runtime.createMessageCorrelation(RequestRoundProcess.MESSAGE_ANSWER_RECEIVED)
                        .processInstanceId(processInstanceId)
                        .correlateAllWithResult();
                return;
            } catch (RuntimeException collision) {
                if (attempt == MAX_ATTEMPTS) {
                    throw collision;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
            }
        }
    }

    /**
     * One instance per municipality, each run by the job executor past its no-op send to the answer's
     * wait; the instances' ids by their request ids.
     */
    private Map<String, String> startRequests(String businessKey, int municipalities) throws InterruptedException {
        RuntimeService runtime = engine.getRuntimeService();
        Date deadline = Date.from(Instant.now().plus(Duration.ofDays(30)));
        Map<String, String> instances = new LinkedHashMap<>();
        for (int i = 0; i < municipalities; i++) {
            String requestId = UUID.randomUUID().toString();
            instances.put(requestId, runtime.startProcessInstanceByKey(RequestRoundProcess.KEY, businessKey,
                    RequestRoundProcess.ANSWER_DEADLINE.putIn(
                            RequestRoundProcess.REQUEST_ID.putIn(Variables.createVariables(), requestId), deadline))
                    .getId());
        }
        long giveUp = System.nanoTime() + options.timeout().toNanos();
        while (runtime.createExecutionQuery().processInstanceBusinessKey(businessKey)
                .activityId(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER).count() < municipalities) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("The bare engine's instances did not reach the answer's wait");
            }
            Thread.sleep(100);
        }
        return instances;
    }

    private RunResult check(Database database, String businessKey, List<String> requestIds, Set<String> acknowledged,
                            Burst.Outcome burst, double settledSeconds) {
        RequestProcesses processes = RequestProcesses.of(engine, businessKey);
        int lost = 0;
        int lostAcknowledged = 0;
        int duplicates = 0;
        List<String> problems = new ArrayList<>(burst.errorSamples());
        for (String requestId : requestIds) {
            RequestProcesses.Passes passes = processes.of(requestId);
            if (!passes.completedOnce()) {
                lost++;
                lostAcknowledged += acknowledged.contains(requestId) ? 1 : 0;
                problems.add("lost: " + requestId + " " + passes);
            }
            duplicates += (int) passes.extra();
        }
        return new RunResult(database, RunResult.BARE_ENGINE, burst, lost, lostAcknowledged, duplicates, settledSeconds,
                optimisticLocks.total(), problems);
    }
}
