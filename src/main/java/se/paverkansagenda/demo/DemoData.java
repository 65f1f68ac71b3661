package se.paverkansagenda.demo;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.PlanParser;

/**
 * Makes the demo data once the application takes traffic, in a thread of its own: the seed plan's finished
 * cycle with its backdated history ({@link DemoHistory}), then this year's two running cycles ({@link
 * DemoCycle}). Readiness comes after every listener of the start has run (the job executor is started by
 * then), so nothing the demo does holds up the start, its readiness or the job executor; the log says
 * {@value #READY} with the seconds since the process started once every piece is in place.
 */
@Component
@ConditionalOnProperty(name = "paverkansagenda.demo.cycle", havingValue = "true")
public class DemoData {

    static final String READY = "Demodatan är klar";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final List<Supplier<List<String>>> pieces;
    private final AtomicBoolean begun = new AtomicBoolean();
    private volatile Thread worker;

    @Autowired
    public DemoData(DemoHistory history, DemoCycle cycles) {
        this(List.of(() -> List.of(history.create()), cycles::startDemoCycles));
        prepare();
    }

    /**
     * Reads the demo's plans while the rest of the application starts, in a thread of its own: the first read
     * loads the YAML reader, the plan's checks and the Swedish holiday calendar (jollyday reads its XML
     * through JAXB), about a second and a half of processor time that the demo data would otherwise spend
     * after the start, while requests wait for its history.
     */
    private static void prepare() {
        Thread thread = new Thread(() -> {
            try {
                PlanParser.parse(DemoPlan.startingOn(LocalDate.now()));
                PlanParser.parse(DemoPlan.vasternorrlandStartingOn(LocalDate.now()));
            } catch (RuntimeException e) {
                LOG.debug("Demoplanerna kunde inte läsas i förväg", e);
            }
        }, "demodata-prepare");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** With the pieces to make in order, each giving the business keys of the cycles it made or found. */
    DemoData(List<Supplier<List<String>>> pieces) {
        this.pieces = pieces;
    }

    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && begun.compareAndSet(false, true)) {
            Thread thread = new Thread(this::make, "demodata");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    /** The thread that makes the demo data, once begun. */
    Thread worker() {
        return worker;
    }

    void make() {
        long start = System.nanoTime();
        try {
            List<String> cycles = new ArrayList<>();
            for (Supplier<List<String>> piece : pieces) {
                cycles.addAll(piece.get());
            }
            LOG.info(String.format(Locale.ROOT, "%s %.1f s efter att processen startade, %.1f s efter att "
                            + "programmet började ta emot anrop: %s", READY,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, (System.nanoTime() - start) / 1e9,
                    String.join(", ", cycles)));
        } catch (RuntimeException e) {
            LOG.error("Demodatan kunde inte skapas; den görs klar vid nästa start", e);
        }
    }
}
