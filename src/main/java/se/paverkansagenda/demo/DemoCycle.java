package se.paverkansagenda.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.DuplicateCycleException;
import se.paverkansagenda.deadline.DeadlineService;

/**
 * Starts this year's demo cycles, once per database: Jämtland Härjedalen's from the seed plan and
 * Västernorrland's beside it, both moved to today.
 */
@Component
@ConditionalOnProperty(name = "paverkansagenda.demo.cycle", havingValue = "true")
public class DemoCycle {

    static final String STARTED_BY = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCycle.class);

    private final CycleService cycles;
    private final DeadlineService deadlines;

    public DemoCycle(CycleService cycles, DeadlineService deadlines) {
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startDemoCycle() {
        start(DemoPlan.startingOn(deadlines.today()));
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
