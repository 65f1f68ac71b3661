package se.paverkansagenda.cycle;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.InvalidPlanException;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.security.ForbiddenException;
import se.paverkansagenda.security.Regions;

/** Starts cycles from plans and gives the plan of a running cycle. */
@Service
public class CycleService {

    private final CycleRepository cycles;
    private final RuntimeService runtimeService;
    private final DeadlineService deadlines;
    private final PlanWarningsMessage warningsMessage;
    private final CurrentUser user;
    private final Regions regions;
    private final ObjectProvider<CycleStartCheck> startChecks;

    public CycleService(CycleRepository cycles, RuntimeService runtimeService, DeadlineService deadlines,
                        PlanWarningsMessage warningsMessage, CurrentUser user, Regions regions,
                        ObjectProvider<CycleStartCheck> startChecks) {
        this.startChecks = startChecks;
        this.cycles = cycles;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
        this.warningsMessage = warningsMessage;
        this.user = user;
        this.regions = regions;
    }

    /**
     * Validates the plan and starts its cycle, in a region the user works in (any region when no user is
     * logged in, as from the command line, or for an administrator); the region becomes a Camunda tenant if
     * it is not one yet (undone with the rest when the start is refused). The cycle row and the process instance are written in
     * one transaction, so a refused or failed start leaves nothing behind. The plan's warnings (deadlines
     * it keeps on days that are no business days) are mailed to the process owner once the start is
     * committed.
     */
    @Transactional
    public Cycle start(String planYaml, String startedBy) {
        Plan plan = PlanParser.parse(planYaml);
        List<String> problems = startChecks.orderedStream().flatMap(check -> check.problems(plan).stream()).toList();
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        List<String> warnings = PlanParser.warnings(plan);
        String key = plan.businessKey();
        regions.ensure(plan.region().code(), plan.region().name());
        if (!user.worksIn(plan.region().code())) {
            throw new ForbiddenException("Användaren " + user.id() + " arbetar inte i region " + plan.region().code()
                    + " och får inte starta dess cykler");
        }
        if (cycles.exists(key)) {
            throw new DuplicateCycleException(key);
        }
        OffsetDateTime now = OffsetDateTime.now(deadlines.clock());
        try {
            cycles.insert(plan, planYaml, startedBy, now);
        } catch (DuplicateKeyException concurrentStart) {
            throw new DuplicateCycleException(key);
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(AgendaProcess.KEY, key, variablesFor(plan));
        cycles.attachProcessInstance(key, instance.getId());
        afterCommit(() -> warningsMessage.send(plan, warnings));
        return new Cycle(key, planYaml, instance.getId(), startedBy, now);
    }

    /**
     * The plan the cycle runs, in the typed form it was checked into. It is read from the cycle's row
     * rather than kept in memory, so every node sees a revised plan at once; only cycles started before
     * the typed form was kept have their YAML parsed.
     */
    public Plan planOf(String businessKey) {
        return cycles.checkedPlan(businessKey).orElseGet(() -> PlanParser.parse(find(businessKey).planYaml()));
    }

    /** The plan's warnings: deadlines it keeps on weekends and Swedish public holidays. */
    public List<String> warningsOf(String businessKey) {
        return PlanParser.warnings(planOf(businessKey));
    }

    private static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** The business keys of every cycle, running or finished, the newest first. */
    public List<String> keys() {
        return cycles.keys();
    }

    /**
     * Whether the user may see what belongs to the cycle (see {@link CycleRepository}): something found by
     * its own id (a request, a document) of another region's cycle is answered for as one that does not exist.
     */
    public boolean visibleToUser(String businessKey) {
        return cycles.visibleToUser(businessKey);
    }

    /**
     * The process instance the cycle runs in, null before it has one: for the checks made on every
     * answer, which need nothing else of the cycle (its plan's text is long).
     */
    public String processInstanceOf(String businessKey) {
        return cycles.instanceOf(businessKey).orElseThrow(() -> new UnknownCycleException(businessKey))
                .processInstanceId();
    }

    public Cycle find(String businessKey) {
        return cycles.find(businessKey).orElseThrow(() -> new UnknownCycleException(businessKey));
    }

    /** The plan's RUS areas as the task forms' options, {@code [{"label": ..., "value": ...}]}. */
    public static SpinJsonNode rusAreaOptions(Plan plan) {
        SpinJsonNode options = Spin.JSON("[]");
        for (Plan.RusArea area : plan.rusAreas()) {
            SpinJsonNode option = Spin.JSON("{}");
            option.prop("label", area.code() + " " + area.name());
            option.prop("value", area.code());
            options.append(option);
        }
        return options;
    }

    /** Who may hold a dissent in the council's minutes, as the options of the decision forms' selects. */
    static SpinJsonNode memberOptions(Plan plan, Plan.Council... councils) {
        SpinJsonNode options = Spin.JSON("[]");
        Set<String> names = new LinkedHashSet<>();
        for (Plan.Council council : councils) {
            names.addAll(plan.dissentersOf(council));
        }
        for (String name : names) {
            SpinJsonNode option = Spin.JSON("{}");
            option.prop("label", name);
            option.prop("value", name);
            options.append(option);
        }
        return options;
    }

    /** The options of every council decision form's dissent select, as the process's variables. */
    public static VariableMap memberOptions(Plan plan) {
        VariableMap variables = Variables.createVariables();
        AgendaProcess.PRESIDIUM_MEMBER_OPTIONS.putIn(variables, memberOptions(plan, Plan.Council.PRESIDIUM));
        AgendaProcess.RSR_MEMBER_OPTIONS.putIn(variables, memberOptions(plan, Plan.Council.RSR));
        AgendaProcess.ADOPTION_MEMBER_OPTIONS.putIn(variables, memberOptions(plan, Plan.Council.RSR, Plan.Council.PRESIDIUM));
        return variables;
    }

    private VariableMap variablesFor(Plan plan) {
        VariableMap variables = Variables.createVariables();
        AgendaProcess.CYCLE_KEY.putIn(variables, plan.businessKey());
        AgendaProcess.CYCLE_LABEL.putIn(variables, plan.businessKey() + " – " + plan.region().name());
        AgendaProcess.PRESIDIUM_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.ADOPTION_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.PRIORITISED_ISSUE_CAP.putIn(variables, plan.prioritisedIssueCap());
        AgendaProcess.RUS_AREA_OPTIONS.putIn(variables, rusAreaOptions(plan));
        variables.putAll(memberOptions(plan));
        AgendaProcess.STEERING_REPORT_CYCLE.putIn(variables, plan.steeringReport().timeCycle());
        referenceGroups(plan, variables);
        AgendaProcess.FOLLOWS_PREVIOUS_CYCLE.putIn(variables, plan.follows() != null);
        for (Step step : Step.values()) {
            StepDates dates = plan.datesOf(step);
            AgendaProcess.startOf(step).putIn(variables, deadlines.startOfDay(dates.start()));
            AgendaProcess.dueOf(step).putIn(variables, deadlines.endOfDay(dates.end()));
        }
        return variables;
    }

    /** Whether the cycle forms reference groups after the compilation, and their period's start and end. */
    private void referenceGroups(Plan plan, VariableMap variables) {
        Plan.ReferenceGroups groups = plan.referenceGroups();
        AgendaProcess.REFERENCE_GROUPS_USED.putIn(variables, groups.used());
        if (groups.used()) {
            AgendaProcess.REFERENCE_GROUPS_START.putIn(variables, deadlines.startOfDay(groups.start()));
            AgendaProcess.REFERENCE_GROUPS_DUE.putIn(variables, deadlines.endOfDay(groups.end()));
        }
    }
}
