package se.paverkansagenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * Moves a cycle along in tests, as the job executor and the users would: sets the engine's clock,
 * runs the jobs that are due, completes tasks and answers requests. {@link Lifecycles} starts one.
 */
public final class LifecycleDriver {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final RoundService rounds;
    private final AnswerService answers;
    private final String cycleKey;

    public LifecycleDriver(ProcessEngine engine, RoundService rounds, AnswerService answers, String cycleKey) {
        this.managementService = engine.getManagementService();
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.rounds = rounds;
        this.answers = answers;
        this.cycleKey = cycleKey;
    }

    public String cycleKey() {
        return cycleKey;
    }

    /** Takes a cycle from its start through steps 1 to 4 to the morning its input round opens, 2020-05-08 09:00. */
    public LifecycleDriver toInputRound() {
        return at("2020-04-07T09:00").complete(AgendaProcess.Elements.TASK_DRAFT_PM, Lifecycles.pm())
                .at("2020-04-30T09:00").complete(AgendaProcess.Elements.TASK_REVIEW_PROPOSAL, Lifecycles.approve())
                .at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00");
    }

    /** Sets the clock to a local time in Stockholm and runs every job of the cycle that is then due. */
    public LifecycleDriver at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant()));
        return runDueJobs();
    }

    public LifecycleDriver runDueJobs() {
        List<Job> due;
        while (!(due = dueJobs()).isEmpty()) {
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        return this;
    }

    /** The due jobs of the cycle's instances: the main process and every request it called. */
    private List<Job> dueJobs() {
        Set<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycleKey).list()
                .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        return managementService.createJobQuery().executable().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .toList();
    }

    public Task task(String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(cycleKey)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    public LifecycleDriver complete(String taskDefinitionKey, Map<String, Object> variables) {
        Task task = task(taskDefinitionKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskDefinitionKey + " in " + cycleKey);
        }
        taskService.complete(task.getId(), variables);
        return runDueJobs();
    }

    /** Step 4: RSR's treatment as its secretary registers it, a position taken in consensus at today's meeting. */
    public LifecycleDriver registerRsrTreatment() {
        return complete(AgendaProcess.Elements.TASK_REGISTER_RSR_TREATMENT, rsrTreatmentInConsensus());
    }

    /**
     * Step 7: RSR's treatment of the compilation sent to it, registered on the morning of the step's planned
     * date, 30 October 2020, with the same form as step 4.
     */
    public LifecycleDriver registerRsrCompilationTreatment() {
        return at("2020-10-30T09:00").complete(AgendaProcess.Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT,
                rsrTreatmentInConsensus());
    }

    /** The fields of RSR's treatment form for a position taken in consensus at today's meeting. */
    public static Map<String, Object> rsrTreatmentInConsensus() {
        return Map.of(AgendaProcess.RSR_MEETING_DATE.name(),
                ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString(),
                AgendaProcess.RSR_PARAGRAPH.name(), "12",
                AgendaProcess.RSR_POSITION.name(), "RSR ställer sig bakom genomförandeplanen.",
                AgendaProcess.RSR_CONSENSUS.name(), AgendaProcess.CONSENSUS_YES);
    }

    /** Step 8: saves a prioritised list of the cycle's proposals, then completes the workshop's task. */
    public LifecycleDriver prioritise(AgendaWork work) {
        work.prioritiseEveryProposal(cycleKey);
        return complete(AgendaProcess.Elements.TASK_PRIORITISE_INPUT, Map.of());
    }

    /** Step 9: saves a new agenda version, then completes the writing task. */
    public LifecycleDriver writeAgenda(AgendaWork work, String note) {
        work.writeVersion(cycleKey, note);
        return complete(AgendaProcess.Elements.TASK_WRITE_AGENDA, Map.of());
    }

    /** Answers the requests of the round to every recipient but those named. */
    public LifecycleDriver answerAllBut(RoundKind kind, String... unansweredRecipientCodes) {
        List<String> skip = List.of(unansweredRecipientCodes);
        for (RoundRequest request : rounds.requestsOf(cycleKey, kind)) {
            if (!skip.contains(request.recipientCode())) {
                answers.record(request.id(), "Svar från " + request.recipientName(), "tjansteperson");
            }
        }
        return runDueJobs();
    }
}
