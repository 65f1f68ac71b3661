package se.paverkansagenda.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic: nearest-rank percentiles and the order of submissions with duplicates. */
class BenchmarkFiguresTest {

    @Test
    void percentilesAreTheValueAtTheNearestRankAbove() {
        Latencies latencies = Latencies.ofNanos(LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000)
                .boxed().sorted(Collections.reverseOrder()).toList());

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(99.5)).isEqualTo(100.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void aFewLatenciesGiveTheirLargestForTheHighPercentiles() {
        Latencies latencies = Latencies.ofNanos(List.of(3_000_000L, 1_000_000L, 2_500_000L));

        assertThat(latencies.percentileMillis(50)).isEqualTo(2.5);
        assertThat(latencies.percentileMillis(99)).isEqualTo(3.0);
        assertThat(latencies.percentileMillis(1)).isEqualTo(1.0);
    }

    @Test
    void noLatenciesGiveZeroAndAPercentileOutsideItsRangeIsRefused() {
        Latencies none = Latencies.ofNanos(List.of());

        assertThat(none.percentileMillis(50)).isZero();
        assertThat(none.maxMillis()).isZero();
        assertThatThrownBy(() -> none.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> none.percentileMillis(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRecipientIsSubmittedOnceAndTheShareOfThemTwice() {
        List<Integer> recipients = IntStream.range(0, 290).boxed().toList();

        List<Integer> order = SubmissionOrder.withDuplicates(recipients, 0.2, 7);

        assertThat(order).hasSize(290 + 58).containsAll(recipients);
        assertThat(recipients.stream().filter(r -> Collections.frequency(order, r) == 2)).hasSize(58);
        assertThat(recipients.stream().allMatch(r -> Collections.frequency(order, r) <= 2)).isTrue();
        assertThat(order.subList(0, 290)).as("shuffled").isNotEqualTo(recipients);
    }

    @Test
    void noDuplicatesLeaveEachRecipientOnceAndAShareOutsideZeroToOneIsRefused() {
        List<Integer> recipients = IntStream.range(0, 20).boxed().toList();

        assertThat(SubmissionOrder.withDuplicates(recipients, 0, 7)).hasSize(20).doesNotHaveDuplicates();
        assertThatThrownBy(() -> SubmissionOrder.withDuplicates(recipients, 1.5, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theResultTableGivesEachRunsProcessorTimePerSubmissionAndTheBareEnginesShareOfIt() {
        Latencies latencies = Latencies.ofNanos(List.of(1_000_000L, 2_000_000L));
        // 100 submissions in 2 s with 3 s of processor time, and in 1 s with 1.5 s of it
        RunResult application = new RunResult(Database.H2, RunResult.APPLICATION,
                new Burst.Outcome(100, 2_000_000_000L, latencies, 0, List.of(), 3_000_000_000L), 0, 0, 0, 5.0, 0, List.of());
        RunResult bare = new RunResult(Database.H2, RunResult.BARE_ENGINE,
                new Burst.Outcome(100, 1_000_000_000L, latencies, 0, List.of(), 1_500_000_000L), 0, 0, 0, 2.0, 0, List.of());

        String table = ResultTable.render(List.of(application, bare));

        assertThat(table.lines().toList().get(0)).endsWith("| app/bare | processor ms per submission | app/bare by processor |");
        assertThat(table.lines()).contains("| H2 | application | 100 | 50.0 | 1 | 2 | 2 | 0 | 0 | 0 | 0 | 5.0 | 0 | 0.50 | 30.0 | 0.50 |",
                "| H2 | bare engine | 100 | 100.0 | 1 | 2 | 2 | 0 | 0 | 0 | 0 | 2.0 | 0 |  | 15.0 |  |");
        assertThat(Burst.processorNanos()).isPositive();
    }

    @Test
    void theFigureTableGivesEachRunsMemoryBesideTheBareEnginesAndTheDocumentsTimes() {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        ForkedRun.Outcome application = new ForkedRun.Outcome(null, null, null, 300, 450);
        ForkedRun.Outcome bare = new ForkedRun.Outcome(null, null, null, 200, 300);
        ForkedRun.Outcome applicationTimers = new ForkedRun.Outcome(null, null,
                new TimerDrain(10000, 90.0, 0, 1, List.of()), 300, 500);
        ForkedRun.Outcome bareTimers = new ForkedRun.Outcome(null, null,
                new TimerDrain(10000, 30.0, 0, 0, List.of()), 200, 250);
        DocumentFigures.Time pdf = new DocumentFigures.Time(900, 800, 900 * 1024);
        DocumentFigures.Time docx = new DocumentFigures.Time(400, 350, 80 * 1024);
        DocumentFigures.Time csv = new DocumentFigures.Time(50, 40, 1600 * 1024);
        DocumentFigures.Time xhtml = new DocumentFigures.Time(40, 30, 2200 * 1024);
        DocumentFigures.Time files = new DocumentFigures.Time(950, 1200, 2580 * 1024);

        String table = FigureTable.render(options, List.of(new FigureTable.SideBySide(Database.H2, application, bare)),
                List.of(new FigureTable.SideBySide(Database.H2, applicationTimers, bareTimers)),
                new DocumentFigures(pdf, docx, csv, files, xhtml, 2900));

        assertThat(table.lines()).contains(
                "| H2: RSS after start, -Xmx256m, MiB | 300 | 200 | 1.50 |",
                "| H2: RSS after the burst, MiB | 450 | 300 | 1.50 |",
                "| H2: 10000 deadlines due at once, s until no job is left (lost, twice) | 90.0 (0, 1) | 30.0 (0, 0) | 3.00 |",
                "| H2: RSS after the deadlines, MiB | 500 | 250 | 2.00 |",
                "| compilation of 2900 proposals: PDF + DOCX, ms (processor ms), against the XHTML alone"
                        + " | 1300 (1150) | 40 (30) | |",
                "| the same as the compilation job writes them, PDF beside DOCX and CSV, ms (processor ms of both threads)"
                        + " | 950 (1200) | | |",
                "| CSV, ms (processor ms), kB | 50 (40), 1600 kB | | |");
    }

    @Test
    void theStartTableGivesTheMediansOfTheApplicationsStartsBesideTheBareStartersWithTheirRatios() {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        StartRun.Figures figures = new StartRun.Figures("java -jar target/paverkansagenda-0.1.0-SNAPSHOT.jar", 3,
                List.of(new StartRun.Start(14.0, 30.0), new StartRun.Start(12.0, 20.0), new StartRun.Start(20.0, 26.0)),
                List.of(new StartRun.Start(11.0, 11.5), new StartRun.Start(13.0, 13.5), new StartRun.Start(12.0, 12.5)),
                List.of(new StartRun.Start(10.0, 0), new StartRun.Start(9.0, 0), new StartRun.Start(12.0, 0)),
                List.of(new StartRun.Start(10.0, 0), new StartRun.Start(11.0, 0), new StartRun.Start(50.0, 0)));

        String table = StartTable.render(options, figures);

        assertThat(table.lines()).contains(
                "| first start on an empty database until the web apps and the REST API answer, s (median of 3)"
                        + " | 14.0 | 10.0 | 1.40 |",
                "| first start until the demo data is ready (bare starter: until it answers), s (median of 3)"
                        + " | 26.0 | 10.0 | 2.60 |",
                "| restart on existing data until the web apps and the REST API answer, s (median of 3)"
                        + " | 12.0 | 11.0 | 1.09 |",
                "The application: java -jar target/paverkansagenda-0.1.0-SNAPSHOT.jar");
        assertThat(StartRun.median(List.of(4.0, 1.0))).isEqualTo(2.5);
        assertThat(StartRun.median(List.of())).isZero();
    }

    @Test
    void theResidentSetSizeIsReadFromTheProcess() {
        Memory.sample(Memory.AFTER_START);

        assertThat(Memory.residentKib()).isPositive();
        assertThat(Memory.mib(Memory.AFTER_START)).isPositive();
        assertThat(Memory.mib("never sampled")).isZero();
    }
}
