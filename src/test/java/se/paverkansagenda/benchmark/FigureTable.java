package se.paverkansagenda.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The figures that are not a burst, application and bare engine side by side, as a Markdown table:
 * each run's resident set size after its start and after its burst (each run in a JVM of its own
 * with the same largest heap), deadlines due at once, and the compilation of every municipality's proposals as documents
 * beside the XHTML they are rendered from.
 */
final class FigureTable {

    /** One database's application run and bare engine run, as their JVMs measured them. */
    record SideBySide(Database database, ForkedRun.Outcome application, ForkedRun.Outcome bare) {
    }

    private FigureTable() {
    }

    static String render(BenchmarkOptions options, List<SideBySide> memory, List<SideBySide> timers,
                         DocumentFigures documents) {
        StringBuilder table = new StringBuilder("| figure | application | bare engine | app/bare |\n|---|---:|---:|---:|\n");
        for (SideBySide m : memory) {
            row(table, m.database().label() + ": RSS after start, -Xmx" + options.heap() + ", MiB",
                    m.application().rssAfterStartMib(), m.bare().rssAfterStartMib());
            row(table, m.database().label() + ": RSS after the burst, MiB", m.application().rssAfterBurstMib(),
                    m.bare().rssAfterBurstMib());
        }
        for (SideBySide t : timers) {
            TimerDrain application = t.application().timers();
            TimerDrain bare = t.bare().timers();
            table.append(String.format(Locale.ROOT, "| %s: %d deadlines due at once, s until no job is left"
                            + " (lost, twice) | %.1f (%d, %d) | %.1f (%d, %d) | %s |%n", t.database().label(),
                    application.timers(), application.drainSeconds(), application.lost(), application.twice(),
                    bare.drainSeconds(), bare.lost(), bare.twice(), bare.drainSeconds() > 0
                            ? String.format(Locale.ROOT, "%.2f", application.drainSeconds() / bare.drainSeconds()) : ""));
            row(table, t.database().label() + ": RSS after the deadlines, MiB", t.application().rssAfterBurstMib(),
                    t.bare().rssAfterBurstMib());
        }
        DocumentFigures.Time both = documents.pdfAndDocx();
        table.append(String.format(Locale.ROOT,
                "| compilation of %d proposals: PDF + DOCX, ms (processor ms), against the XHTML alone | %d (%d) | %d (%d) | |%n",
                documents.proposals(), both.wallMillis(), both.cpuMillis(), documents.xhtml().wallMillis(),
                documents.xhtml().cpuMillis()));
        table.append(String.format(Locale.ROOT,
                "| the same as the compilation job writes them, PDF beside DOCX and CSV, ms (processor ms of both threads)"
                        + " | %d (%d) | | |%n", documents.files().wallMillis(), documents.files().cpuMillis()));
        document(table, "PDF", documents.pdf());
        document(table, "DOCX", documents.docx());
        document(table, "CSV", documents.csv());
        return table.toString();
    }

    private static void row(StringBuilder table, String figure, long application, long bare) {
        table.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", figure, application, bare,
                bare > 0 ? String.format(Locale.ROOT, "%.2f", (double) application / bare) : ""));
    }

    private static void document(StringBuilder table, String format, DocumentFigures.Time time) {
        table.append(String.format(Locale.ROOT, "| %s, ms (processor ms), kB | %d (%d), %.0f kB | | |%n", format,
                time.wallMillis(), time.cpuMillis(), time.bytes() / 1024.0));
    }
}
