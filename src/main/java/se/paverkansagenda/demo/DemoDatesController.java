package se.paverkansagenda.demo;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.UnknownCycleException;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.security.EngineAsApplication;
import se.paverkansagenda.web.ConflictException;

/**
 * The demo only: moves a cycle to its next planned date by firing the timers due then (a step's start,
 * a deadline, a reminder, a late step) of a cycle of the user's regions, so a newcomer sees the lifecycle go on without waiting for the
 * plan's dates or running jobs by hand. Process owners and administrators.
 */
@RestController
@ConditionalOnProperty(name = "paverkansagenda.demo.users", havingValue = "true")
public class DemoDatesController {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final EngineAsApplication asApplication;
    private final CurrentUser user;
    private final CycleService cycles;

    public DemoDatesController(RuntimeService runtimeService, ManagementService managementService,
                               EngineAsApplication asApplication, CurrentUser user, CycleService cycles) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.asApplication = asApplication;
        this.user = user;
        this.cycles = cycles;
    }

    @PostMapping("/api/demo/cycles/{businessKey}/next-date")
    public Map<String, Object> nextDate(@PathVariable String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS);
        cycles.find(businessKey);
        return asApplication.call(() -> {
            List<Job> timers = timersOf(businessKey);
            Date next = timers.stream().map(Job::getDuedate).min(Comparator.naturalOrder())
                    .orElseThrow(() -> new NoDateAhead(businessKey));
            List<Job> due = timers.stream().filter(timer -> timer.getDuedate().equals(next)).toList();
            due.forEach(timer -> managementService.executeJob(timer.getId()));
            return Map.of("businessKey", businessKey, "date", next.toInstant().toString(), "timers", due.size());
        });
    }

    /** The timers of the cycle's main process and of its requests' processes, which share its key. */
    private List<Job> timersOf(String businessKey) {
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list();
        if (instances.isEmpty()) {
            throw new UnknownCycleException(businessKey);
        }
        return instances.stream()
                .flatMap(instance -> managementService.createJobQuery().timers()
                        .processInstanceId(instance.getId()).list().stream())
                .toList();
    }

    static final class NoDateAhead extends ConflictException {
        NoDateAhead(String businessKey) {
            super("Cykeln " + businessKey + " väntar inte på något datum.");
        }
    }
}
