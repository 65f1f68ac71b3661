package se.paverkansagenda.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * What the engine's history says about the request processes of one round, by request id: whether
 * each ended, and how often it passed the answered end and the receipt.
 */
final class RequestProcesses {

    /** One request's process: ended, and its passes through the answer's two paths. */
    record Passes(boolean ended, long answered, long receipts) {

        boolean completedOnce() {
            return ended && answered >= 1 && receipts >= 1;
        }

        long extra() {
            return Math.max(0, answered - 1) + Math.max(0, receipts - 1);
        }
    }

    private static final Passes NONE = new Passes(false, 0, 0);

    private final Map<String, Passes> byRequest;

    private RequestProcesses(Map<String, Passes> byRequest) {
        this.byRequest = byRequest;
    }

    static RequestProcesses of(ProcessEngine engine, String businessKey) {
        HistoryService history = engine.getHistoryService();
        Map<String, HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RequestRoundProcess.KEY).processInstanceBusinessKey(businessKey).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        if (instances.isEmpty()) {
            return new RequestProcesses(Map.of());
        }
        Map<String, Long> answered = passes(history, RequestRoundProcess.Elements.END_ANSWERED, instances.keySet());
        Map<String, Long> receipts = passes(history, RequestRoundProcess.Elements.END_RECEIPT_SENT, instances.keySet());
        Map<String, Passes> byRequest = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.keySet().toArray(String[]::new))
                .variableName(RequestRoundProcess.REQUEST_ID.name()).list()) {
            String instanceId = variable.getProcessInstanceId();
            byRequest.put((String) variable.getValue(), new Passes(instances.get(instanceId).getEndTime() != null,
                    answered.getOrDefault(instanceId, 0L), receipts.getOrDefault(instanceId, 0L)));
        }
        return new RequestProcesses(byRequest);
    }

    Passes of(String requestId) {
        return byRequest.getOrDefault(requestId, NONE);
    }

    private static Map<String, Long> passes(HistoryService history, String activityId, Set<String> instanceIds) {
        List<HistoricActivityInstance> passes = history.createHistoricActivityInstanceQuery().activityId(activityId)
                .finished().list();
        return passes.stream().filter(pass -> instanceIds.contains(pass.getProcessInstanceId()))
                .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId, Collectors.counting()));
    }

    /**
     * Waits until the engine has no job left to run now (async continuations, receipts) and returns
     * how long that took; gives up after the timeout, leaving what is unfinished to be counted as lost.
     */
    static Duration awaitNoDueJobs(ManagementService management, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        // a job put off (a receipt waiting for the mail server, say) is not due but still to run
        while ((management.createJobQuery().executable().count() > 0
                || management.createJobQuery().processDefinitionKey(RequestRoundProcess.KEY).count() > 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
