package se.paverkansagenda.stage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
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
import se.paverkansagenda.stage.StagePass.SendBack;

/**
 * The planned-against-actual view of a cycle: the plan's dates of each step next to what the engine's
 * history recorded of the step's elements ({@link AgendaProcess#elementsOf}). It reads the history as
 * the application, so everyone allowed to see the cycle sees the same steps whatever their Camunda
 * rights on single instances.
 */
@Service
public class StageProgress {

    /**
     * The reference groups' work (forming the groups and inviting them, seed 002) runs between steps 7 and 8
     * when the plan uses them; it is no step of the plan's twelve, so its stage has no {@link Step}, this
     * label for a number and its own key, and is judged against the plan's period for the groups.
     */
    public static final String REFERENCE_GROUPS_LABEL = "7–8";
    public static final String REFERENCE_GROUPS_NAME = "Referensgrupper bildas";
    static final String REFERENCE_GROUPS_KEY = AgendaProcess.LATE_REFERENCE_GROUPS;

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

        Map<Step, List<List<HistoricActivityInstance>>> runsByPass = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            runsByPass.put(step, passes(Work.of(step, plan), runsByElement));
        }
        List<SendBack> sendBacks = sendBacks(instanceId, runsByPass);

        List<Stage> stages = new ArrayList<>();
        for (Step step : Step.values()) {
            stages.add(stage(Work.of(step, plan), plan, instanceId, finished, asOf, runsByPass.get(step), sendBacks,
                    incidentsByElement));
            if (step == Step.SEND_COMPILATION_TO_RSR && plan.referenceGroups().used()) {
                Work groups = Work.referenceGroups(plan);
                stages.add(stage(groups, plan, instanceId, finished, asOf, passes(groups, runsByElement),
                        sendBacks, incidentsByElement));
            }
        }
        return new CycleProgress(cycle.businessKey(), plan.region().name(), plan.year(), instanceId, finished,
                at(instance.getStartTime()), instance.getEndTime() == null ? null : at(instance.getEndTime()),
                OffsetDateTime.ofInstant(asOf, deadlines.zone()), List.copyOf(stages));
    }

    /**
     * What a stage follows: a step of the plan, or the reference groups' work ({@code step} null), with its
     * key, number, name, the plan's days for it and the elements that are its work.
     */
    private record Work(Step step, String key, int number, String label, String name, StepDates planned,
                        List<String> lead, List<String> elements) {

        /** Every element whose run, job or incident belongs to the stage. */
        List<String> all() {
            return Stream.concat(lead.stream(), elements.stream()).toList();
        }

        static Work of(Step step, Plan plan) {
            return new Work(step, step.name(), step.number(), String.valueOf(step.number()), step.swedishName(),
                    plan.datesOf(step), AgendaProcess.leadOf(step), AgendaProcess.elementsOf(step));
        }

        static Work referenceGroups(Plan plan) {
            return new Work(null, REFERENCE_GROUPS_KEY, Step.SEND_COMPILATION_TO_RSR.number(), REFERENCE_GROUPS_LABEL,
                    REFERENCE_GROUPS_NAME, new StepDates(plan.referenceGroups().start(), plan.referenceGroups().end()),
                    List.of(), AgendaProcess.REFERENCE_GROUP_ELEMENTS);
        }
    }

    private Stage stage(Work work, Plan plan, String instanceId, boolean finished, Instant asOf,
                        List<List<HistoricActivityInstance>> runsByPass, List<SendBack> sendBacks,
                        Map<String, Long> incidentsByElement) {
        Step step = work.step();
        StepDates planned = work.planned();
        List<String> elements = work.all();
        List<StagePass> passes = new ArrayList<>();
        for (List<HistoricActivityInstance> runs : runsByPass) {
            passes.add(pass(passes.size() + 1, work, plan, runs, sendBacks, finished, asOf));
        }
        boolean waiting = !finished && elements.stream().anyMatch(element -> waitsForAJob(instanceId, element));
        if (waiting && passes.stream().noneMatch(pass -> pass.state() == StageState.IN_PROGRESS)) {
            // its work has begun with a job not yet run: a pass without a start of its own yet
            StepDates dates = step == null ? planned : plannedFor(step, plan, sendBacks, asOf);
            Lateness lateness = deadlines.lateness(deadlines.endOfDay(dates.end()).toInstant(), asOf);
            passes.add(new StagePass(passes.size() + 1, dates.start(), dates.end(), null, null, StageState.IN_PROGRESS,
                    StageState.IN_PROGRESS.swedishName(), lateness.calendarDays() > 0, lateness.calendarDays(),
                    lateness.businessDays(), null));
        }

        Optional<OffsetDateTime> firstStart = passes.stream().map(StagePass::actualStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        StageState state;
        Lateness lateness;
        if (passes.isEmpty()) {
            state = finished ? StageState.NOT_DONE : StageState.NOT_STARTED;
            lateness = finished ? new Lateness(0, 0) : deadlines.lateness(deadlines.endOfDay(planned.end()).toInstant(), asOf);
        } else {
            StagePass latest = passes.get(passes.size() - 1);
            state = latest.state();
            lateness = new Lateness(latest.businessDaysLate(), latest.daysLate());
        }
        OffsetDateTime lastEnd = state == StageState.DONE ? passes.get(passes.size() - 1).actualEnd() : null;
        int incidents = elements.stream().mapToInt(element -> incidentsByElement.getOrDefault(element, 0L).intValue()).sum();
        return new Stage(work.number(), work.label(), step, work.key(), work.name(), planned.start(), planned.end(),
                firstStart.orElse(null), lastEnd, state, state.swedishName(), lateness.calendarDays() > 0,
                lateness.calendarDays(), lateness.businessDays(), (int) passes.stream()
                        .filter(pass -> pass.actualStart() != null).count(), incidents, List.copyOf(passes));
    }

    /**
     * One pass of the step from its runs. A pass with work still open is in progress; one whose work was
     * cancelled (the cycle was cancelled, or the instance moved past it) was not done and is not judged
     * late; one that a decision sent back is returned; any other is done.
     */
    private StagePass pass(int number, Work work, Plan plan, List<HistoricActivityInstance> runs,
                           List<SendBack> sendBacks, boolean finished, Instant asOf) {
        Step step = work.step();
        Date start = runs.stream().map(HistoricActivityInstance::getStartTime).min(Comparator.naturalOrder()).orElseThrow();
        // the work that opens the step is not all of it: the step is under way until its own work has run
        boolean onlyLead = runs.stream().allMatch(run -> work.lead().contains(run.getActivityId()));
        boolean open = runs.stream().anyMatch(run -> run.getEndTime() == null)
                || (onlyLead && !finished && runs.stream().noneMatch(HistoricActivityInstance::isCanceled));
        Optional<Date> end = open ? Optional.empty() : runs.stream().map(HistoricActivityInstance::getEndTime)
                .max(Comparator.naturalOrder());
        boolean cancelled = !open && runs.stream().anyMatch(HistoricActivityInstance::isCanceled);
        SendBack sentBack = open || cancelled || step == null ? null
                : sentBack(step, start.toInstant(), end.get().toInstant(), sendBacks);
        StageState state = open ? StageState.IN_PROGRESS : cancelled ? StageState.NOT_DONE
                : sentBack != null ? StageState.RETURNED : StageState.DONE;
        StepDates dates = number == 1 || step == null ? work.planned() : plannedFor(step, plan, sendBacks, start.toInstant());
        Instant due = deadlines.endOfDay(dates.end()).toInstant();
        Lateness lateness = switch (state) {
            case IN_PROGRESS -> deadlines.lateness(due, asOf);
            case NOT_DONE -> new Lateness(0, 0);
            default -> deadlines.lateness(due, end.orElseThrow().toInstant());
        };
        return new StagePass(number, dates.start(), dates.end(), at(start), end.map(this::at).orElse(null), state,
                state.swedishName(), lateness.calendarDays() > 0, lateness.calendarDays(), lateness.businessDays(),
                sentBack);
    }

    /**
     * The send-back that ended the pass: for a deciding step its own decision, for the step sent back to
     * the first send-back after the pass ended (its next pass begins with it).
     */
    private static SendBack sentBack(Step step, Instant start, Instant end, List<SendBack> sendBacks) {
        return sendBacks.stream()
                .filter(sendBack -> sendBack.fromStep() == step.number()
                        ? !sendBack.at().toInstant().isBefore(start) && !sendBack.at().toInstant().isAfter(end)
                        : sendBack.toStep() == step.number() && !sendBack.at().toInstant().isBefore(end))
                .findFirst().orElse(null);
    }

    /**
     * The planned days of a pass after the first: the plan moved ({@link RedoPlan}) by the latest
     * send-back of the step's loop before the pass began.
     */
    private StepDates plannedFor(Step step, Plan plan, List<SendBack> sendBacks, Instant passStart) {
        Optional<SendBack> before = sendBacks.stream()
                .filter(sendBack -> sendBack.fromStep() == step.number() || sendBack.toStep() == step.number())
                .filter(sendBack -> !sendBack.at().toInstant().isAfter(passStart))
                .reduce((first, second) -> second);
        if (before.isEmpty()) {
            return plan.datesOf(step);
        }
        Step target = Arrays.stream(Step.values()).filter(s -> s.number() == before.get().toStep()).findFirst()
                .orElseThrow();
        return RedoPlan.moved(plan, step, RedoPlan.shift(plan, target,
                before.get().at().atZoneSameInstant(deadlines.zone()).toLocalDate()));
    }

    /**
     * The runs of a step's elements, one list per pass: a pass begins with each run of the step's first element, and
     * the runs of its other elements belong to the pass that began last before them.
     */
    /** The stage's passes, the work that opens it (see {@link AgendaProcess#leadOf}) counted in its first. */
    private static List<List<HistoricActivityInstance>> passes(Work work,
                                                               Map<String, List<HistoricActivityInstance>> runsByElement) {
        List<List<HistoricActivityInstance>> passes = passes(work.elements(), runsByElement);
        List<HistoricActivityInstance> lead = work.lead().stream()
                .flatMap(element -> runsByElement.getOrDefault(element, List.of()).stream()).toList();
        if (!lead.isEmpty()) {
            if (passes.isEmpty()) {
                passes.add(new ArrayList<>(lead));
            } else {
                passes.get(0).addAll(lead);
            }
        }
        return passes;
    }

    private static List<List<HistoricActivityInstance>> passes(List<String> elements,
                                                               Map<String, List<HistoricActivityInstance>> runsByElement) {
        List<HistoricActivityInstance> firsts = runsByElement.getOrDefault(elements.get(0), List.of()).stream()
                .sorted(RUN_ORDER).toList();
        List<List<HistoricActivityInstance>> passes = new ArrayList<>();
        firsts.forEach(first -> passes.add(new ArrayList<>(List.of(first))));
        for (String element : elements.subList(1, elements.size())) {
            for (HistoricActivityInstance run : runsByElement.getOrDefault(element, List.of())) {
                int index = passes.size() - 1;
                while (index > 0 && passes.get(index).get(0).getStartTime().after(run.getStartTime())) {
                    index--;
                }
                if (index < 0) {
                    passes.add(new ArrayList<>(List.of(run)));
                } else {
                    passes.get(index).add(run);
                }
            }
        }
        return passes;
    }

    /**
     * Every decision that sent the work back, in order: a pass of a deciding step (steps 3 and 12) is a
     * send-back when the step it sends back to began a pass at or after its end and before its next pass.
     * Who decided is the task's assignee, or else the user who completed it; the comment is the
     * decision's comment as the history recorded it when the pass ended.
     */
    private List<SendBack> sendBacks(String instanceId, Map<Step, List<List<HistoricActivityInstance>>> runsByPass) {
        List<SendBack> result = new ArrayList<>();
        List<HistoricVariableUpdate> updates = null;
        for (Step decider : Step.values()) {
            Optional<Step> target = AgendaProcess.sendsBackTo(decider);
            if (target.isEmpty()) {
                continue;
            }
            List<List<HistoricActivityInstance>> deciderPasses = runsByPass.get(decider);
            List<Date> targetStarts = runsByPass.get(target.get()).stream().map(runs -> runs.get(0).getStartTime()).toList();
            for (int i = 0; i < deciderPasses.size(); i++) {
                HistoricActivityInstance decision = deciderPasses.get(i).get(0);
                Date end = decision.getEndTime();
                if (end == null || decision.isCanceled()) {
                    continue;
                }
                Date nextPass = i + 1 < deciderPasses.size() ? deciderPasses.get(i + 1).get(0).getStartTime() : null;
                boolean sentBack = targetStarts.stream()
                        .anyMatch(start -> !start.before(end) && (nextPass == null || start.before(nextPass)));
                if (!sentBack) {
                    continue;
                }
                if (updates == null) {
                    updates = historyService.createHistoricDetailQuery().variableUpdates().processInstanceId(instanceId)
                            .list().stream().map(HistoricVariableUpdate.class::cast).toList();
                }
                String commentVariable = AgendaProcess.sendBackCommentOf(decider).name();
                String comment = updates.stream()
                        .filter(update -> commentVariable.equals(update.getVariableName()) && update.getValue() != null)
                        .filter(update -> !update.getTime().before(decision.getStartTime()) && !update.getTime().after(end))
                        .max(Comparator.comparing(HistoricVariableUpdate::getTime))
                        .map(update -> update.getValue().toString()).orElse(null);
                result.add(new SendBack(decider.number(), decider.swedishName(), target.get().number(),
                        target.get().swedishName(), at(end), decidedBy(decision), comment));
            }
        }
        result.sort(Comparator.comparing(SendBack::at));
        return List.copyOf(result);
    }

    /** The user who registered the decision: the task's assignee, or else who completed it. */
    private String decidedBy(HistoricActivityInstance decision) {
        if (decision.getTaskId() == null) {
            return null;
        }
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(decision.getTaskId())
                .singleResult();
        if (task != null && task.getAssignee() != null) {
            return task.getAssignee();
        }
        return historyService.createUserOperationLogQuery().taskId(decision.getTaskId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** An asynchronous continuation of the element is waiting: its step has begun, or failed and waits. */
    private boolean waitsForAJob(String instanceId, String element) {
        return managementService.createJobQuery().processInstanceId(instanceId).activityId(element).count() > 0;
    }

    private static final Comparator<HistoricActivityInstance> RUN_ORDER =
            Comparator.comparing(HistoricActivityInstance::getStartTime);

    private OffsetDateTime at(Date moment) {
        return OffsetDateTime.ofInstant(moment.toInstant(), deadlines.zone());
    }
}
