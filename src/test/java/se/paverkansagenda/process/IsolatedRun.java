package se.paverkansagenda.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.RoundKind;

/**
 * Moves the processes of one business key along on the isolated engine, as the job executor and the
 * users would: sets the engine's clock, runs every job of the key that is then due, completes tasks and
 * delivers answers.
 */
final class IsolatedRun {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalTime WORKING_HOURS = LocalTime.of(9, 0);

    private final ProcessEngine engine;
    private final String businessKey;
    private final Plan plan;
    private ProcessInstance instance;

    private IsolatedRun(ProcessEngine engine, String businessKey, Plan plan) {
        this.engine = engine;
        this.businessKey = businessKey;
        this.plan = plan;
    }

    /**
     * Starts the main process on 2020-04-01 with the seed plan's dates under a region code of the test's
     * own, with the variables a cycle starts with, and gives its rounds the request ids named.
     */
    static IsolatedRun cycle(ProcessEngine engine, String region, List<String> inputRequests,
                             List<String> consultationRequests) {
        return cycle(engine, region, inputRequests, consultationRequests, false);
    }

    /** As {@link #cycle(ProcessEngine, String, List, List)}, with or without the seed plan's reference groups. */
    static IsolatedRun cycle(ProcessEngine engine, String region, List<String> inputRequests,
                             List<String> consultationRequests, boolean referenceGroups) {
        return cycle(engine, region, inputRequests, consultationRequests, referenceGroups, null);
    }

    /** As {@link #cycle(ProcessEngine, String, List, List, boolean)}, following the cycle of that year when not null. */
    static IsolatedRun cycle(ProcessEngine engine, String region, List<String> inputRequests,
                             List<String> consultationRequests, boolean referenceGroups, Integer followsYear) {
        String yaml = DefaultPlan.yaml().replace("code: JH", "code: " + region);
        if (followsYear != null) {
            yaml = yaml + "\nfollows: PA-" + region + "-" + followsYear + "\n";
        }
        if (!referenceGroups) {
            yaml = yaml.replaceAll("(?m)^referenceGroups:\\n(  .*\\n)+", "referenceGroups:\n  used: false\n");
        }
        Plan plan = PlanParser.parse(yaml);
        IsolatedRun run = new IsolatedRun(engine, plan.businessKey(), plan);
        IsolatedProcessEngine.RECIPIENTS.give(run.businessKey, RoundKind.INPUT.name(), inputRequests);
        IsolatedProcessEngine.RECIPIENTS.give(run.businessKey, RoundKind.CONSULTATION.name(), consultationRequests);
        ClockUtil.setCurrentTime(moment("2020-04-01T09:00"));

        VariableMap variables = Variables.createVariables();
        AgendaProcess.CYCLE_KEY.putIn(variables, plan.businessKey());
        AgendaProcess.PRESIDIUM_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.ADOPTION_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.PRIORITISED_ISSUE_CAP.putIn(variables, plan.prioritisedIssueCap());
        AgendaProcess.STEERING_REPORT_CYCLE.putIn(variables, plan.steeringReport().timeCycle());
        AgendaProcess.REFERENCE_GROUPS_USED.putIn(variables, plan.referenceGroups().used());
        AgendaProcess.FOLLOWS_PREVIOUS_CYCLE.putIn(variables, plan.follows() != null);
        if (plan.referenceGroups().used()) {
            AgendaProcess.REFERENCE_GROUPS_START.putIn(variables, startOfDay(plan.referenceGroups().start()));
            AgendaProcess.REFERENCE_GROUPS_DUE.putIn(variables, endOfDay(plan.referenceGroups().end()));
        }
        for (Step step : Step.values()) {
            AgendaProcess.startOf(step).putIn(variables, startOfDay(plan.datesOf(step).start()));
            AgendaProcess.dueOf(step).putIn(variables, endOfDay(plan.datesOf(step).end()));
        }
        run.instance = engine.getRuntimeService().startProcessInstanceByKey(AgendaProcess.KEY, run.businessKey,
                variables);
        return run.runDueJobs();
    }

    /** Starts a process of its own (a request, its reminders, an answer after the close) under the business key. */
    static IsolatedRun process(ProcessEngine engine, String businessKey, String processKey, String startsAt,
                               VariableMap variables) {
        IsolatedRun run = new IsolatedRun(engine, businessKey, null);
        ClockUtil.setCurrentTime(moment(startsAt));
        run.instance = engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
        return run;
    }

    String businessKey() {
        return businessKey;
    }

    ProcessInstance instance() {
        return instance;
    }

    Plan plan() {
        return plan;
    }

    /** The plan's first day of a step, at nine. */
    IsolatedRun atStartOf(Step step) {
        return at(plan.datesOf(step).start().atTime(WORKING_HOURS));
    }

    /** The day after a step's last day, at nine: the step is late if it is still open. */
    IsolatedRun afterDueOf(Step step) {
        return at(plan.datesOf(step).end().plusDays(1).atTime(WORKING_HOURS));
    }

    /** Sets the clock to a local time in Stockholm and runs every job of the business key that is then due. */
    IsolatedRun at(String localDateTime) {
        return at(LocalDateTime.parse(localDateTime));
    }

    IsolatedRun at(LocalDateTime local) {
        ClockUtil.setCurrentTime(Date.from(local.atZone(STOCKHOLM).toInstant()));
        return runDueJobs();
    }

    IsolatedRun runDueJobs() {
        List<Job> due;
        while (!(due = dueJobs()).isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        return this;
    }

    private List<Job> dueJobs() {
        Set<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
        return engine.getManagementService().createJobQuery().executable().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .toList();
    }

    Task task(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    IsolatedRun complete(String taskDefinitionKey, Map<String, Object> variables) {
        Task task = task(taskDefinitionKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskDefinitionKey + " under " + businessKey);
        }
        engine.getTaskService().complete(task.getId(), variables);
        return runDueJobs();
    }

    /** Delivers the answer to the request's process, as the application correlates it. */
    IsolatedRun answer(String requestId) {
        engine.getRuntimeService().createMessageCorrelation(RequestRoundProcess.MESSAGE_ANSWER_RECEIVED)
                .processInstanceBusinessKey(businessKey)
                .processInstanceVariableEquals(RequestRoundProcess.REQUEST_ID.name(), requestId)
                .correlateWithResult();
        return runDueJobs();
    }

    /** The request process of one request id, running or ended. */
    String requestProcessId(String requestId) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(RequestRoundProcess.REQUEST_ID.name()).list().stream()
                .filter(v -> requestId.equals(v.getValue()))
                .map(v -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(v.getProcessInstanceId()).singleResult())
                .filter(p -> RequestRoundProcess.KEY.equals(p.getProcessDefinitionKey())
                        && businessKey.equals(p.getBusinessKey()))
                .map(p -> p.getId())
                .findFirst().orElseThrow(() -> new AssertionError("No request process for " + requestId));
    }

    /** How often the main process passed an element: finished activity instances. */
    long passes(String activityId) {
        return passes(instance.getId(), activityId);
    }

    long passes(String processInstanceId, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).finished().count();
    }

    Job job(String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    String endActivity() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId();
    }

    static Date moment(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant());
    }

    static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(STOCKHOLM).toInstant());
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(STOCKHOLM).toInstant());
    }
}
