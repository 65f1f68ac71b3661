package se.paverkansagenda;

import static se.paverkansagenda.AgendaWork.proposal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundService;

/**
 * The integration tests' cycles, from the one shared test context: starts a cycle of the seed plan under
 * a region code of the test's own (so its business key {@code PA-<code>-2020} is unique) and brings it to
 * the step the test is about, with a {@link LifecycleDriver} to take it further.
 */
@Component
public class Lifecycles {

    public static final String PROCESS_OWNER = "processagare";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ProcessEngine engine;
    private final CycleService cycles;
    private final RoundService rounds;
    private final AnswerService answers;
    private final AgendaWork work;

    public Lifecycles(ProcessEngine engine, CycleService cycles, RoundService rounds, AnswerService answers,
                      AgendaWork work) {
        this.engine = engine;
        this.cycles = cycles;
        this.rounds = rounds;
        this.answers = answers;
        this.work = work;
    }

    /** The seed plan under the region code; each pair of texts after it replaces the first with the second. */
    public static String seedPlan(String region, String... replacements) {
        return seedPlanWithReferenceGroups(region, replacements).replace(REFERENCE_GROUPS, "referenceGroups:\n  used: false\n");
    }

    /** The seed plan's reference groups; {@link #seedPlan} leaves them out, so that the workshop follows step 7. */
    public static final String REFERENCE_GROUPS = "referenceGroups:\n  used: true\n  start: 2020-10-30\n  end: 2020-11-06\n";

    /** As {@link #seedPlan}, with the seed's reference groups between step 7 and the workshop. */
    public static String seedPlanWithReferenceGroups(String region, String... replacements) {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: " + region);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            plan = plan.replace(replacements[i], replacements[i + 1]);
        }
        return plan;
    }

    /** Starts a cycle of the seed plan on 2020-04-01 at nine, as the process owner; see {@link #seedPlan}. */
    public LifecycleDriver start(String region, String... planReplacements) {
        ClockUtil.setCurrentTime(local("2020-04-01T09:00"));
        String key = cycles.start(seedPlan(region, planReplacements), PROCESS_OWNER).businessKey();
        return of(key);
    }

    /** A driver for a cycle already started. */
    public LifecycleDriver of(String cycleKey) {
        return new LifecycleDriver(engine, rounds, answers, cycleKey);
    }

    /** Whether the cycle's process runs, for tests that start their cycle once for all their methods. */
    public boolean running(String cycleKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(cycleKey).count() > 0;
    }

    /** A new cycle taken through steps 1 to 4 to the morning its input round opens, every request sent. */
    public LifecycleDriver atInputRound(String region, String... planReplacements) {
        return start(region, planReplacements).toInputRound();
    }

    /**
     * A new cycle, with the plan's cap, brought to the workshop's day (step 8) with real proposals: Östersund
     * and Åre both propose the main railway line, Östersund and Bräcke both broadband, Krokom vocational
     * training; every other municipality answers without proposals.
     */
    public LifecycleDriver atWorkshop(String region, int cap) {
        LifecycleDriver cycle = atInputRound(region, "prioritisedIssueCap: 10", "prioritisedIssueCap: " + cap)
                .answerAllBut(RoundKind.INPUT);
        return compiled(cycle).at("2020-11-09T09:00");
    }

    /**
     * A new cycle of the seed plan with its reference groups, with the proposals of {@link #atWorkshop}, on
     * the morning of step 7 (30 October 2020), when the compilation has gone to RSR and the task of forming
     * the reference groups is open.
     */
    public LifecycleDriver atReferenceGroups(String region) {
        ClockUtil.setCurrentTime(local("2020-04-01T09:00"));
        String key = cycles.start(seedPlanWithReferenceGroups(region), PROCESS_OWNER).businessKey();
        return compiled(of(key).toInputRound().answerAllBut(RoundKind.INPUT)).at("2020-10-30T09:00");
    }

    private LifecycleDriver compiled(LifecycleDriver cycle) {
        String key = cycle.cycleKey();
        work.propose(key, "2380", proposal("Stambanan genom Norrland", "RUS-1"), proposal("Bredband i hela länet", "RUS-2"));
        work.propose(key, "2321", proposal("Mittbanan Östersund–Åre", "RUS-1"));
        work.propose(key, "2305", proposal("Bredband på landsbygden", "RUS-2"));
        work.propose(key, "2309", proposal("Yrkeshögskola i länet", "RUS-4"));
        return cycle.at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment();
    }

    /** The officials' work of steps 8 and 9. */
    public AgendaWork work() {
        return work;
    }

    public static Map<String, Object> pm() {
        return Map.of(AgendaProcess.PM_TEXT.name(), "PM");
    }

    public static Map<String, Object> approve() {
        return Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE);
    }

    /** A local time in Stockholm. */
    public static Date local(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant());
    }
}
