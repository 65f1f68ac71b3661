package se.paverkansagenda.benchmark;

import java.util.Locale;

/** The start figures of {@link StartRun} as a Markdown table, application and bare starter side by side. */
final class StartTable {

    private StartTable() {
    }

    static String render(BenchmarkOptions options, StartRun.Figures figures) {
        String of = figures.starts() == 1 ? "one start" : "median of " + figures.starts();
        StringBuilder table = new StringBuilder("| start, H2 file database, -Xmx" + options.heap()
                + " | application | bare starter | app/bare |\n|---|---:|---:|---:|\n");
        row(table, "first start on an empty database until the web apps and the REST API answer, s (" + of + ")",
                figures.median(figures.applicationFirst(), false), figures.median(figures.bareFirst(), false));
        row(table, "first start until the demo data is ready (bare starter: until it answers), s (" + of + ")",
                figures.median(figures.applicationFirst(), true), figures.median(figures.bareFirst(), false));
        row(table, "restart on existing data until the web apps and the REST API answer, s (" + of + ")",
                figures.median(figures.applicationRestart(), false), figures.median(figures.bareRestart(), false));
        table.append("\nThe application: ").append(figures.application()).append('\n');
        return table.toString();
    }

    private static void row(StringBuilder table, String figure, double application, double bare) {
        table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", figure, application, bare,
                bare > 0 ? String.format(Locale.ROOT, "%.2f", application / bare) : ""));
    }
}
