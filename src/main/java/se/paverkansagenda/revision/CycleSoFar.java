package se.paverkansagenda.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/**
 * What has already happened in a cycle's main process, as the engine recorded it when the revision
 * was read: which steps have begun (their work started, or waits in an asynchronous continuation)
 * and which have ended.
 */
final class CycleSoFar {

    private final Set<String> begunElements;
    private final Set<String> unfinishedElements;
    private final Set<String> finishedElements;
    private final Set<String> waitingElements;

    private CycleSoFar(List<HistoricActivityInstance> history, List<Job> jobs, Map<String, String> activities) {
        begunElements = history.stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        unfinishedElements = history.stream().filter(a -> a.getEndTime() == null)
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        finishedElements = history.stream().filter(a -> a.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        waitingElements = jobs.stream().map(job -> activities.get(job.getJobDefinitionId()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static CycleSoFar of(String processInstanceId, HistoryService history, ManagementService management) {
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).list();
        return new CycleSoFar(
                history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list(),
                jobs, activities(jobs, management));
    }

    /**
     * The element of each job's definition, by definition id: the job entities read outside the engine's
     * commands cannot look it up themselves.
     */
    static Map<String, String> activities(List<Job> jobs, ManagementService management) {
        Map<String, String> activities = new HashMap<>();
        jobs.stream().map(Job::getProcessDefinitionId).filter(Objects::nonNull).distinct().forEach(definition ->
                management.createJobDefinitionQuery().processDefinitionId(definition).list()
                        .forEach(jobDefinition -> activities.put(jobDefinition.getId(), jobDefinition.getActivityId())));
        return activities;
    }

    /** The step's work has started: one of its elements, or the work that opens it, ran or runs, or waits for its job. */
    boolean begun(Step step) {
        return Stream.concat(AgendaProcess.leadOf(step).stream(), AgendaProcess.elementsOf(step).stream())
                .anyMatch(element -> begunElements.contains(element) || waitingElements.contains(element));
    }

    /** The step's work is done: its last element has ended and none of its elements runs. */
    boolean ended(Step step) {
        List<String> elements = AgendaProcess.elementsOf(step);
        return finishedElements.contains(elements.get(elements.size() - 1))
                && elements.stream().noneMatch(element -> unfinishedElements.contains(element)
                        || waitingElements.contains(element));
    }
}
