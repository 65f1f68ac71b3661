package se.paverkansagenda.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * The bare engine's yardstick for deadlines: {@code bench.timers} request instances of the same model
 * with no-op delegates wait for an answer, then all their deadlines are made due at once.
 */
final class BareEngineTimers {

    private static final String KEY = "BARE-TIMERS";

    private BareEngineTimers() {
    }

    static TimerDrain measure(Database database, BenchmarkOptions options) throws InterruptedException {
        Progress.say(database, RunResult.BARE_ENGINE, "starting the engine for " + options.timers() + " deadlines");
        StandaloneProcessEngineConfiguration configuration =
                BareEngineRun.configuration(database.emptyFor("benchmark-bare-timers", options.postgres()));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addClasspathResource(RequestRoundProcess.BPMN_RESOURCE).deploy();
            Memory.sample(Memory.AFTER_START);
            RuntimeService runtime = engine.getRuntimeService();
            Date deadline = Date.from(Instant.now().plus(Duration.ofDays(30)));
            for (int i = 0; i < options.timers(); i++) {
                runtime.startProcessInstanceByKey(RequestRoundProcess.KEY, KEY, RequestRoundProcess.ANSWER_DEADLINE
                        .putIn(RequestRoundProcess.REQUEST_ID.putIn(Variables.createVariables(), "r" + i), deadline));
            }
            long giveUp = System.nanoTime() + options.timeout().toNanos();
            while (runtime.createExecutionQuery().activityId(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER).count()
                    < options.timers()) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("The bare engine's instances did not reach the answer's wait");
                }
                Thread.sleep(250);
            }
            Progress.say(database, RunResult.BARE_ENGINE, options.timers() + " instances waiting; deadlines due now");
            Duration drain = Deadlines.dueNowAndDrain(engine, options.timers(), options.timeout());
            TimerDrain result = check(engine.getHistoryService(), options.timers(), drain);
            Memory.sample(Memory.AFTER_BURST);
            Progress.say(database, RunResult.BARE_ENGINE, String.format("%d deadlines drained in %.1f s, %d lost,"
                    + " %d twice", result.timers(), result.drainSeconds(), result.lost(), result.twice()));
            return result;
        } finally {
            engine.close();
        }
    }

    /** Each instance ended once through its registration as unanswered and its unanswered end. */
    private static TimerDrain check(HistoryService history, int timers, Duration drain) {
        Map<String, Long> notices = passes(history, RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER);
        Map<String, Long> ends = passes(history, RequestRoundProcess.Elements.END_UNANSWERED);
        int lost = 0;
        int twice = 0;
        List<String> problems = new ArrayList<>();
        for (var instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(KEY).list()) {
            long notice = notices.getOrDefault(instance.getId(), 0L);
            long end = ends.getOrDefault(instance.getId(), 0L);
            if (instance.getEndTime() == null || notice < 1 || end < 1) {
                lost++;
                problems.add("not ended unanswered: " + instance.getId());
            }
            twice += (int) (Math.max(0, notice - 1) + Math.max(0, end - 1));
        }
        return new TimerDrain(timers, drain.toNanos() / 1e9, lost, twice, problems);
    }

    private static Map<String, Long> passes(HistoryService history, String activityId) {
        return history.createHistoricActivityInstanceQuery().activityId(activityId).finished().list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId, Collectors.counting()));
    }
}
