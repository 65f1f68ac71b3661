package se.paverkansagenda.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.carryforward.CarryForwardService;
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

    public DemoCycle(CycleService cycles, DeadlineService deadlines, CarryForwardService carryForward) {
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.carryForward = carryForward;
    }

    /** The seed plan moved to today, following the seed plan's cycle when its agenda is adopted. */
    String plan() {
        String plan = DemoPlan.startingOn(deadlines.today());
        String seedCycle = PlanParser.parse(DefaultPlan.yaml()).businessKey();
        return carryForward.adopted(seedCycle) ? plan + "follows: " + seedCycle + "\n" : plan;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startDemoCycle() {
        start(plan());
        start(DemoPlan.vasternorrlandStartingOn(deadlines.today()));
    }

    private void start(String plan) {
        try {
            String key = cycles.start(plan, STARTED_BY).businessKey();
            LOG.info("Democykeln {} startad från genomförandeplanen, flyttad till i dag", key);
        } catch (DuplicateCycleException alreadyRunning) {
            LOG.info("Democykeln finns redan: {}", alreadyRunning.getMessage());
        }
    }
}
