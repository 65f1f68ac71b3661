package se.paverkansagenda.revision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.cycle.Cycle;
import se.paverkansagenda.cycle.CycleRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.followup.RoundFollowUp;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.InvalidPlanException;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.ProcessVariable;
import se.paverkansagenda.round.ActionRefusedException;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.security.EngineAsApplication;
import se.paverkansagenda.web.BadRequestException;

/**
 * Revises a running cycle's plan. The revised plan is checked as at the start and against what has
 * already happened ({@link RevisionRules}); then, in one transaction, the version is recorded, the cycle
 * runs the new plan, the process's date variables are set, the timers waiting on them and the due dates
 * of the tasks under way move, and an open round's requests get the later deadline with their reminders
 * (as on the round's page). Once committed, everyone whose dates moved is told in one mail.
 */
@Service
public class PlanRevisions {

    static final int MAX_REASON = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(PlanRevisions.class);
    private static final int ATTEMPTS = 5;

    private final CycleService cycles;
    private final CycleRepository cycleRows;
    private final PlanVersionRepository versions;
    private final RoundService rounds;
    private final RoundFollowUp followUp;
    private final DeadlineService deadlines;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final EngineAsApplication engine;
    private final RevisionMessages messages;
    private final TransactionTemplate transaction;

    public PlanRevisions(CycleService cycles, CycleRepository cycleRows, PlanVersionRepository versions,
                         RoundService rounds, RoundFollowUp followUp, DeadlineService deadlines,
                         RuntimeService runtimeService, HistoryService historyService,
                         ManagementService managementService, RepositoryService repositoryService,
                         TaskService taskService, ProcessEngineConfigurationImpl engineConfiguration,
                         EngineAsApplication engine, RevisionMessages messages,
                         PlatformTransactionManager transactionManager) {
        this.cycles = cycles;
        this.cycleRows = cycleRows;
        this.versions = versions;
        this.rounds = rounds;
        this.followUp = followUp;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.engineConfiguration = engineConfiguration;
        this.engine = engine;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Revises the cycle's plan.
     *
     * @param basedOn the version the revision was made from, if the client says; a newer one refuses it
     */
    public PlanRevision revise(String cycleKey, String planYaml, String reason, Integer basedOn, String by) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Ange varför planen ändras (reason); skälet sparas med ändringen");
        }
        if (reason.length() > MAX_REASON) {
            throw new BadRequestException("Skälet får vara högst " + MAX_REASON + " tecken");
        }
        // the version this revision is made from: a retry after a collision finds out if another came first
        int base = basedOn != null ? basedOn : latestVersion(cycleKey);
        Applied applied = null;
        for (int attempt = 1; applied == null; attempt++) {
            try {
                applied = transaction.execute(status -> reviseOnce(cycleKey, planYaml, reason.strip(), base,
                        basedOn != null, by));
            } catch (RuntimeException e) {
                // a timer of the cycle fired while the revision moved it: read again what has happened
                if (!collided(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.info("Ändringen av planen för {} krockade med processmotorns arbete ({}); görs om på det som då"
                        + " har hänt", cycleKey, e.getClass().getSimpleName());
                pause(attempt);
            }
        }
        messages.send(applied.plan(), applied.revision(), applied.letters());
        return applied.revision();
    }

    /** The plan file of a version: 1 is the one the cycle started from. */
    public String version(String cycleKey, int version) {
        Cycle cycle = cycles.find(cycleKey);
        if (version == 1) {
            return cycle.planYaml();
        }
        return versions.yaml(cycleKey, version).orElseThrow(() -> new UnknownVersionException(cycleKey, version));
    }

    /** The cycle's newest plan version: 1 until it is revised. */
    public int latestVersion(String cycleKey) {
        cycles.find(cycleKey);
        return versions.latest(cycleKey);
    }

    /** The revisions of the cycle's plan, the oldest first. */
    public List<PlanRevision> revisions(String cycleKey) {
        return versions.revisions(cycleKey);
    }

    private Applied reviseOnce(String cycleKey, String planYaml, String reason, int base, boolean baseGiven,
                               String by) {
        Cycle cycle = cycles.find(cycleKey);
        Plan revised = PlanParser.parse(planYaml);
        if (!revised.businessKey().equals(cycleKey)) {
            throw new InvalidPlanException(List.of("region.code, year: planen gäller cykeln " + revised.businessKey()
                    + ", inte " + cycleKey + "; en ändrad plan har samma region och år som cykeln"));
        }
        String instanceId = cycle.processInstanceId();
        if (instanceId != null) {
            holdProcess(instanceId);
        }
        int latest = versions.latest(cycleKey);
        if (base != latest) {
            throw new RevisionConflictException(baseGiven
                    ? "Ändringen utgår från version " + base + " av planen, men den senaste är version " + latest
                            + "; hämta den och gör ändringen i den."
                    : "Planen för " + cycleKey + " ändrades av någon annan samtidigt (nu version " + latest + ");"
                            + " den här ändringen sparades inte. Hämta den senaste versionen och försök igen.");
        }
        Plan current = cycles.planOf(cycleKey);
        ProcessInstance instance = instanceId == null ? null
                : runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        if (instance == null) {
            throw new RevisionConflictException("Cykeln " + cycleKey + " är avslutad; dess plan kan inte ändras.");
        }
        List<String> changes = PlanDiff.lines(current, revised);
        if (changes.isEmpty()) {
            throw new InvalidPlanException(List.of("Planen är densamma som version " + latest + "; inget har ändrats"));
        }
        CycleSoFar soFar = CycleSoFar.of(instanceId, historyService, managementService);
        List<String> violations = RevisionRules.check(current, revised, soFar, deadlines.today(), answered(cycleKey));
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        PlanRevision revision = new PlanRevision(cycleKey, latest + 1, by, OffsetDateTime.now(deadlines.clock()),
                reason, changes);
        try {
            versions.insert(revision, planYaml);
        } catch (DuplicateKeyException | PessimisticLockingFailureException concurrent) {
            throw new RevisionConflictException("Planen för " + cycleKey + " ändrades av någon annan samtidigt;"
                    + " den här ändringen sparades inte. Hämta den senaste versionen och försök igen.");
        }
        cycleRows.replacePlan(cycleKey, revised);
        Letters letters = new Letters();
        letters.add(revised.contacts().processOwner(), changes);
        engine.call(() -> {
            moveDates(instance, current, revised);
            return null;
        });
        extendOpenRounds(cycleKey, current, revised, soFar, by, letters);
        inviteAgain(cycleKey, current, revised, soFar, letters);
        return new Applied(revised, revision, letters.all());
    }

    /**
     * Holds the cycle's process still until the revision ends: each of its executions is written again with
     * its revision checked, so work of the engine on it that runs at the same moment (a timer firing, a task
     * completed) and this revision cannot both commit. Whichever comes second meets the engine's optimistic
     * lock and runs again on what the first did; what has happened is read only after this.
     */
    private void holdProcess(String instanceId) {
        engine.call(() -> engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            for (ExecutionEntity execution : context.getExecutionManager().findExecutionsByProcessInstanceId(instanceId)) {
                context.getDbEntityManager().forceUpdate(execution);
            }
            return null;
        }));
    }

    /** Per round, the recipients that have answered. */
    private Map<Step, Set<String>> answered(String cycleKey) {
        Map<Step, Set<String>> answered = new EnumMap<>(Step.class);
        for (RoundKind kind : RoundKind.values()) {
            answered.put(kind.step(), rounds.requestsOf(cycleKey, kind).stream()
                    .filter(request -> request.status() == RequestStatus.ANSWERED)
                    .map(RoundRequest::recipientCode).collect(Collectors.toSet()));
        }
        return answered;
    }

    /**
     * Whether the cycle forms reference groups, and their period, before the process has reached them (the
     * rules refuse a change after step 7): the choice is set now, the dates move with the steps' dates.
     */
    private void referenceGroups(ProcessInstance instance, Plan.ReferenceGroups was, Plan.ReferenceGroups is,
                                 Map<String, Date> moved) {
        if (was.equals(is)) {
            return;
        }
        if (was.used() != is.used()) {
            runtimeService.setVariable(instance.getId(), AgendaProcess.REFERENCE_GROUPS_USED.name(), is.used());
        }
        if (is.used() && !Objects.equals(was.start(), is.start())) {
            moved.put(AgendaProcess.REFERENCE_GROUPS_START.name(), deadlines.startOfDay(is.start()));
        }
        if (is.used() && !Objects.equals(was.end(), is.end())) {
            moved.put(AgendaProcess.REFERENCE_GROUPS_DUE.name(), deadlines.endOfDay(is.end()));
        }
    }

    /**
     * The process's date variables of the changed steps, the timers that wait on them (each timer's date
     * is the variable its model names) and the due dates of the tasks under way.
     */
    private void moveDates(ProcessInstance instance, Plan current, Plan revised) {
        Map<String, Date> moved = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            StepDates was = current.datesOf(step);
            StepDates is = revised.datesOf(step);
            if (!was.start().equals(is.start())) {
                moved.put(AgendaProcess.startOf(step).name(), deadlines.startOfDay(is.start()));
            }
            if (!was.end().equals(is.end())) {
                moved.put(AgendaProcess.dueOf(step).name(), deadlines.endOfDay(is.end()));
            }
        }
        referenceGroups(instance, current.referenceGroups(), revised.referenceGroups(), moved);
        if (current.prioritisedIssueCap() != revised.prioritisedIssueCap()) {
            runtimeService.setVariable(instance.getId(), AgendaProcess.PRIORITISED_ISSUE_CAP.name(),
                    revised.prioritisedIssueCap());
        }
        if (!current.councils().equals(revised.councils())) {
            // a council decision under way offers the revised members for its dissents
            runtimeService.setVariables(instance.getId(), CycleService.memberOptions(revised));
        }
        if (!current.rusAreas().equals(revised.rusAreas())) {
            runtimeService.setVariable(instance.getId(), AgendaProcess.RUS_AREA_OPTIONS.name(),
                    CycleService.rusAreaOptions(revised));
        }
        if (moved.isEmpty()) {
            return;
        }
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<Job> timers = managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
        Map<String, String> activities = CycleSoFar.activities(timers, managementService);
        for (Job timer : timers) {
            String activity = activities.get(timer.getJobDefinitionId());
            String variable = activity == null ? null : variableOf(timerDate(model.getModelElementById(activity)));
            if (variable != null && moved.containsKey(variable)) {
                if (timer instanceof JobEntity entity && entity.getLockOwner() != null) {
                    throw new RevisionConflictException("En tidsgräns som ändringen flyttar (" + variable + ") löser ut"
                            + " just nu; försök igen om en stund. Inget har ändrats.");
                }
                managementService.setJobDuedate(timer.getId(), moved.get(variable));
            }
        }
        runtimeService.setVariables(instance.getId(), moved);
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
            ModelElementInstance element = model.getModelElementById(task.getTaskDefinitionKey());
            String variable = element instanceof UserTask userTask ? variableOf(userTask.getCamundaDueDate()) : null;
            if (variable != null && moved.containsKey(variable)) {
                Date due = moved.get(variable);
                // the task's planned end is the plan's, so it moves with the plan and not through saving the task
                engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
                    TaskEntity entity = context.getTaskManager().findTaskById(task.getId());
                    entity.setDueDate(due);
                    entity.triggerUpdateEvent();
                    return null;
                });
            }
        }
    }

    private static String timerDate(ModelElementInstance element) {
        if (element instanceof CatchEvent event) {
            for (var definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer && timer.getTimeDate() != null) {
                    return timer.getTimeDate().getTextContent();
                }
            }
        }
        return null;
    }

    /** The variable an expression of the model is, {@code ${draftPmStart}}; null for anything else. */
    private static String variableOf(String expression) {
        if (expression == null) {
            return null;
        }
        String trimmed = expression.strip();
        if (!trimmed.startsWith("${") || !trimmed.endsWith("}")) {
            return null;
        }
        String name = trimmed.substring(2, trimmed.length() - 1).strip();
        return isPlanDate(name) ? name : null;
    }

    private static boolean isPlanDate(String name) {
        for (Step step : Step.values()) {
            for (ProcessVariable<Date> variable : List.of(AgendaProcess.startOf(step), AgendaProcess.dueOf(step))) {
                if (variable.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A round under way whose deadline moved later: each request still waiting for an answer gets the new
     * deadline, its deadline timer and its reminders moved as an official's extension on the round's page does.
     * When the reminder rule changed, the waiting requests' reminders are planned again by the new rule.
     */
    private void extendOpenRounds(String cycleKey, Plan current, Plan revised, CycleSoFar soFar, String by,
                                  Letters letters) {
        boolean newReminderRule = !current.reminders().equals(revised.reminders());
        for (RoundKind kind : RoundKind.values()) {
            LocalDate was = current.datesOf(kind.step()).end();
            LocalDate is = revised.datesOf(kind.step()).end();
            if (!soFar.begun(kind.step()) || soFar.ended(kind.step())) {
                continue;
            }
            for (RoundRequest request : rounds.requestsOf(cycleKey, kind)) {
                if (request.status() != RequestStatus.SENT) {
                    continue;
                }
                if (was.equals(is) || !request.deadline().isBefore(is)) {
                    if (newReminderRule) {
                        followUp.replanReminders(request.id());
                    }
                    continue;
                }
                try {
                    followUp.extendDeadline(request.id(), is, by);
                } catch (ActionRefusedException refused) {
                    throw new InvalidPlanException(List.of("steps." + kind.step().name() + ".end: "
                            + request.recipientName() + ": " + refused.getMessage()));
                }
                letters.add(request.recipientEmail(), List.of("Svarstiden för er förfrågan (" + kind.swedishName()
                        + ") förlängs från " + SwedishDates.day(request.deadline()) + " till " + SwedishDates.day(is)
                        + "."));
            }
        }
    }

    /**
     * The invitations to the meetings still to come follow the revised plan: everyone invited to a meeting
     * that moved gets the invitation again (the same event, the new day); a council member or municipality
     * the revised plan adds to, or whose address it changes in, a group already invited gets the invitation;
     * and an address the revised plan no longer has gets the meeting cancelled in its calendar.
     */
    private void inviteAgain(String cycleKey, Plan current, Plan revised, CycleSoFar soFar, Letters letters) {
        for (Step step : Step.values()) {
            if (soFar.begun(step)) {
                continue;
            }
            Map<String, String> invited = messages.invitees(cycleKey, step);
            if (invited.isEmpty()) {
                continue;
            }
            LocalDate was = current.datesOf(step).start();
            LocalDate is = revised.datesOf(step).start();
            String summary = invited.values().iterator().next();
            Set<String> stillInvited = new LinkedHashSet<>();
            for (AddressGroup group : addressGroups(current, revised)) {
                if (group.before().stream().anyMatch(invited::containsKey)) {
                    stillInvited.addAll(group.after());
                }
            }
            invited.forEach((recipient, title) -> {
                if (!stillInvited.contains(recipient)) {
                    letters.uninvite(recipient, new Letters.Invitation(step, was, title));
                } else if (!was.equals(is)) {
                    letters.add(recipient, List.of("Mötet ”" + title + "” flyttas från " + SwedishDates.day(was)
                            + " till " + SwedishDates.day(is) + "."));
                    letters.invite(recipient, new Letters.Invitation(step, is, title));
                }
            });
            stillInvited.stream().filter(recipient -> !invited.containsKey(recipient)).forEach(recipient -> {
                letters.add(recipient, List.of("Ni är kallade till mötet ”" + summary + "” "
                        + SwedishDates.day(is) + "."));
                letters.invite(recipient, new Letters.Invitation(step, is, summary));
            });
        }
    }

    /**
     * The groups a meeting's invitation goes to, each as the plan had it before the revision and as the
     * revised plan has it: each council's addresses and the municipalities'.
     */
    private static List<AddressGroup> addressGroups(Plan current, Plan revised) {
        List<AddressGroup> groups = new ArrayList<>();
        for (Plan.Council council : Plan.Council.values()) {
            groups.add(new AddressGroup(current.addressesOf(council), revised.addressesOf(council)));
        }
        groups.add(new AddressGroup(current.municipalities().stream().map(Plan.Municipality::email).toList(),
                revised.municipalities().stream().map(Plan.Municipality::email).toList()));
        return groups;
    }

    private record AddressGroup(List<String> before, List<String> after) {
    }

    /**
     * A collision with the engine's own work (a timer firing as the revision moves it): its optimistic lock,
     * a row lock it held too long, or either met (and retried) inside an official's deadline extension that
     * the revision joined, which leaves the revision to roll back.
     */
    private static boolean collided(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof UnexpectedRollbackException
                    || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while revising a plan", e);
        }
    }

    private record Applied(Plan plan, PlanRevision revision, List<Letters.Letter> letters) {
    }
}
