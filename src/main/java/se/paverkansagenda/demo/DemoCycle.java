package se.paverkansagenda.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.cycle.CycleRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.DuplicateCycleException;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.PlanParser;

/**
 * Starts this year's demo cycles, once per database: Jämtland Härjedalen's from the seed plan and
 * Västernorrland's beside it, both moved to today. When the seed plan's own cycle has its agenda adopted (the
 * demo's history), Jämtland Härjedalen's cycle follows it, so that its first step begins with the follow-up of
 * that agenda.
 */
@Component
@ConditionalOnProperty(name = "paverkansagenda.demo.cycle", havingValue = "true")
public class DemoCycle {

    static final String STARTED_BY = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCycle.class);

    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final CarryForwardService carryForward;
    private final CycleRepository cycleRows;

    public DemoCycle(CycleService cycles, DeadlineService deadlines, CarryForwardService carryForward,
                     CycleRepository cycleRows) {
        this.cycles = cycles;
        this.cycleRows = cycleRows;
        this.deadlines = deadlines;
        this.carryForward = carryForward;
    }

    /** The seed plan moved to today, following the seed plan's cycle when its agenda is adopted. */
    String plan() {
        String plan = DemoPlan.startingOn(deadlines.today());
        String seedCycle = PlanParser.parse(DefaultPlan.yaml()).businessKey();
        return carryForward.adopted(seedCycle) ? plan + "follows: " + seedCycle + "\n" : plan;
    }

    /** Starts both regions' cycles unless they run already (after the demo's history, see DemoData); their keys. */
    public List<String> startDemoCycles() {
        return List.of(start(plan()), start(DemoPlan.vasternorrlandStartingOn(deadlines.today())));
    }

    private String start(String plan) {
        String key = PlanParser.parse(plan).businessKey();
        if (cycleRows.find(key).isPresent()) {
            LOG.info("Democykeln {} finns redan", key);
            return key;
        }
        try {
            cycles.start(plan, STARTED_BY);
            LOG.info("Democykeln {} startad från genomförandeplanen, flyttad till i dag", key);
        } catch (DuplicateCycleException alreadyRunning) {
            LOG.info("Democykeln finns redan: {}", alreadyRunning.getMessage());
        }
        return key;
    }
}
