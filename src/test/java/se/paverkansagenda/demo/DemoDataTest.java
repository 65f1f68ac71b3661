package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/**
 * The demo data is made in a thread of its own once the application takes traffic, so the start's listeners
 * (the job executor's start, readiness) never wait for it, and the log says it is ready only when every piece
 * is in place.
 */
class DemoDataTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DemoData.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void readinessReturnsAtOnceAndTheLogSaysReadyOnlyAfterEveryPiece() throws Exception {
        CountDownLatch historyMayEnd = new CountDownLatch(1);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        DemoData demo = new DemoData(List.of(
                () -> {
                    await(historyMayEnd);
                    done.add("history");
                    return List.of("PA-JH-2020");
                },
                () -> {
                    done.add("cycles");
                    return List.of("PA-JH-2026", "PA-VN-2026");
                }));

        demo.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(demo.worker()).as("made in a thread of its own").isNotNull().isNotSameAs(Thread.currentThread());
        assertThat(done).as("the listener returned while the history is still being made").isEmpty();
        assertThat(readyLines()).isEmpty();

        historyMayEnd.countDown();
        demo.worker().join(TimeUnit.SECONDS.toMillis(10));

        assertThat(done).containsExactly("history", "cycles");
        assertThat(readyLines()).singleElement().asString()
                .startsWith(DemoData.READY + " ")
                .contains("s efter att processen startade, ").contains("s efter att programmet började ta emot anrop: ")
                .endsWith("PA-JH-2020, PA-JH-2026, PA-VN-2026");
    }

    @Test
    void onlyTheFirstReadinessToTakeTrafficMakesTheDemoData() throws Exception {
        List<String> runs = Collections.synchronizedList(new ArrayList<>());
        DemoData demo = new DemoData(List.of(() -> {
            runs.add("made");
            return List.of("PA-JH-2020");
        }));

        demo.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(demo.worker()).isNull();
        demo.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        Thread first = demo.worker();
        first.join(TimeUnit.SECONDS.toMillis(10));
        demo.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        demo.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(demo.worker()).isSameAs(first);
        assertThat(runs).containsExactly("made");
    }

    @Test
    void aFailedPieceIsLoggedAndTheDemoDataIsNotCalledReady() throws Exception {
        DemoData demo = new DemoData(List.of(() -> {
            throw new IllegalStateException("databasen svarar inte");
        }));

        demo.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        demo.worker().join(TimeUnit.SECONDS.toMillis(10));

        assertThat(readyLines()).isEmpty();
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("Demodatan kunde inte skapas"));
    }

    private List<String> readyLines() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(line -> line.startsWith(DemoData.READY))
                .toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
