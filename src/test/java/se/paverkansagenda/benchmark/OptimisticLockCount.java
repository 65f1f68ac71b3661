package se.paverkansagenda.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts the engine's lost optimistic locks: every command that ends in an
 * {@link OptimisticLockingException}, whether a job the job executor then runs again or a web request,
 * with the kind of row the collision was on. Installed as the outermost command interceptor of an
 * engine, so a command is counted once however deep the collision came from.
 */
final class OptimisticLockCount extends AbstractProcessEnginePlugin {

    private static final Pattern ENTITY = Pattern.compile("(?:UPDATE|DELETE|INSERT) ?(\\w+)");

    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withCounter(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withCounter(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private List<CommandInterceptor> withCounter(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>();
        all.add(new Counter());
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        return all;
    }

    /** Lost optimistic locks so far. */
    int total() {
        return total.get();
    }

    /** Lost optimistic locks so far by command and kind of row, e.g. {@code ExecuteJobsCmd/ExecutionEntity=12}. */
    Map<String, Integer> byKind() {
        Map<String, Integer> copy = new TreeMap<>();
        byKind.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    /** Starts counting again, e.g. after a warm-up. */
    void reset() {
        total.set(0);
        byKind.clear();
    }

    /**
     * The jobs that failed since the given time by process, activity and kind of continuation, from
     * the engine's job log: where the lost locks were, and the mails that were put off.
     */
    static Map<String, Long> failedJobs(ProcessEngine engine, Date since) {
        Map<String, Long> failed = new TreeMap<>();
        engine.getHistoryService().createHistoricJobLogQuery().failureLog().list().stream()
                .filter(log -> !log.getTimestamp().before(since))
                .forEach(log -> failed.merge(log.getProcessDefinitionKey() + ":" + log.getActivityId() + ":"
                        + log.getJobDefinitionConfiguration(), 1L, Long::sum));
        return failed;
    }

    private final class Counter extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (OptimisticLockingException e) {
                total.incrementAndGet();
                byKind.computeIfAbsent(kind(e, command), k -> new AtomicInteger()).incrementAndGet();
                throw e;
            }
        }
    }

    private static String kind(OptimisticLockingException e, Command<?> command) {
        String message = String.valueOf(e.getMessage());
        Matcher matcher = ENTITY.matcher(message);
        String entity = matcher.find() ? matcher.group(1) : "?";
        return command.getClass().getSimpleName() + "/" + entity;
    }
}
