package se.paverkansagenda.stage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.Cycle;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.deadline.Lateness;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.EngineAsApplication;

/**
 * The planned-against-actual view of a cycle: the plan's dates of each step next to what the engine's
 * history recorded of the step's elements ({@link AgendaProcess#elementsOf}). It reads the history as
 * the application, so everyone allowed to see the cycle sees the same steps whatever their Camunda
 * rights on single instances.
 */
@Service
public class StageProgress {

    private final CycleService cycles;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final DeadlineService deadlines;
    private final EngineAsApplication asApplication;

    public StageProgress(CycleService cycles, HistoryService historyService, RuntimeService runtimeService,
                         ManagementService managementService, DeadlineService deadlines,
                         EngineAsApplication asApplication) {
        this.cycles = cycles;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.deadlines = deadlines;
        this.asApplication = asApplication;
    }

    public CycleProgress of(String businessKey) {
        Cycle cycle = cycles.find(businessKey);
        Plan plan = cycles.planOf(businessKey);
        return asApplication.call(() -> progress(cycle, plan));
    }

    private CycleProgress progress(Cycle cycle, Plan plan) {
        String instanceId = cycle.processInstanceId();
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        boolean finished = instance.getEndTime() != null;
        Instant asOf = finished ? instance.getEndTime().toInstant() : deadlines.clock().instant();
        Map<String, List<HistoricActivityInstance>> runsByElement = historyService
                .createHistoricActivityInstanceQuery().processInstanceId(instanceId).list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId));
        Map<String, Long> incidentsByElement = finished ? Map.of() : runtimeService.createIncidentQuery()
                .processInstanceId(instanceId).list().stream()
                .filter(incident -> incident.getActivityId() != null)
                .collect(Collectors.groupingBy(Incident::getActivityId, Collectors.counting()));

        List<Stage> stages = new ArrayList<>();
        for (Step step : Step.values()) {
            stages.add(stage(step, plan.datesOf(step), instanceId, finished, asOf, runsByElement, incidentsByElement));
        }
        return new CycleProgress(cycle.businessKey(), plan.region().name(), plan.year(), instanceId, finished,
                at(instance.getStartTime()), instance.getEndTime() == null ? null : at(instance.getEndTime()),
                OffsetDateTime.ofInstant(asOf, deadlines.zone()), List.copyOf(stages));
    }

    private Stage stage(Step step, StepDates planned, String instanceId, boolean finished, Instant asOf,
                        Map<String, List<HistoricActivityInstance>> runsByElement,
                        Map<String, Long> incidentsByElement) {
        List<String> elements = AgendaProcess.elementsOf(step);
        List<HistoricActivityInstance> runs = elements.stream()
                .flatMap(element -> runsByElement.getOrDefault(element, List.of()).stream())
                .toList();
        boolean open = runs.stream().anyMatch(run -> run.getEndTime() == null)
                || !finished && elements.stream().anyMatch(element -> waitsForAJob(instanceId, element));
        Optional<Date> firstStart = runs.stream().map(HistoricActivityInstance::getStartTime).min(Comparator.naturalOrder());
        Optional<Date> lastEnd = runs.stream().map(HistoricActivityInstance::getEndTime).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());

        StageState state;
        if (open) {
            state = StageState.IN_PROGRESS;
        } else if (runs.isEmpty()) {
            state = finished ? StageState.NOT_DONE : StageState.NOT_STARTED;
        } else if (!finished && sentBackSince(step, lastEnd.orElseThrow(), runsByElement)) {
            state = StageState.RETURNED;
        } else {
            state = StageState.DONE;
        }

        Instant due = deadlines.endOfDay(planned.end()).toInstant();
        Lateness lateness = switch (state) {
            case DONE -> deadlines.lateness(due, lastEnd.orElseThrow().toInstant());
            case NOT_DONE -> new Lateness(0, 0);
            default -> deadlines.lateness(due, asOf);
        };
        int timesRun = runsByElement.getOrDefault(elements.get(0), List.of()).size();
        int incidents = elements.stream().mapToInt(element -> incidentsByElement.getOrDefault(element, 0L).intValue()).sum();
        return new Stage(step.number(), step, step.swedishName(), planned.start(), planned.end(),
                firstStart.map(this::at).orElse(null),
                state == StageState.DONE ? at(lastEnd.orElseThrow()) : null,
                state, state.swedishName(), lateness.calendarDays() > 0, lateness.calendarDays(),
                lateness.businessDays(), timesRun, incidents);
    }

    /** An asynchronous continuation of the element is waiting: its step has begun, or failed and waits. */
    private boolean waitsForAJob(String instanceId, String element) {
        return managementService.createJobQuery().processInstanceId(instanceId).activityId(element).count() > 0;
    }

    /** The step's decision sent the work back: the step it sends back to ran again after it ended. */
    private static boolean sentBackSince(Step step, Date lastEnd,
                                         Map<String, List<HistoricActivityInstance>> runsByElement) {
        return AgendaProcess.sendsBackTo(step)
                .map(target -> AgendaProcess.elementsOf(target).get(0))
                .map(element -> runsByElement.getOrDefault(element, List.of()).stream()
                        .anyMatch(run -> !run.getStartTime().before(lastEnd)))
                .orElse(false);
    }

    private OffsetDateTime at(Date moment) {
        return OffsetDateTime.ofInstant(moment.toInstant(), deadlines.zone());
    }
}
