package se.paverkansagenda.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to measure, from system properties ({@code -Dbench.databases=h2,postgres} and so on), each
 * with the default the README's figures were measured with. Each run has a JVM of its own with
 * {@code bench.heap} as its largest heap ({@code -Xmx}, 256m), unless {@code bench.fork=false} runs
 * them all in this one (no memory figures then). {@code bench.timers} deadlines (none unless asked
 * for; 10 000 is the figure of issue 15) are made due at once in the application and in the bare
 * engine, each in a JVM of its own. The application's start and the bare starter's are each measured
 * {@code bench.starts} times (3; 0 leaves the start out), see {@link StartRun}.
 */
record BenchmarkOptions(List<Database> databases, int municipalities, int warmUpMunicipalities,
                        double duplicateShare, int threads, Duration timeout, PostgresLogin postgres,
                        String heap, boolean fork, int timers, int starts) {

    /** The PostgreSQL database the benchmark empties before each run: never one that holds anything else. */
    record PostgresLogin(String url, String user, String password) {
    }

    static BenchmarkOptions fromSystemProperties() {
        List<Database> databases = Arrays.stream(property("bench.databases", "h2,postgres").split(","))
                .map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> Database.valueOf(name.toUpperCase(Locale.ROOT))).toList();
        return new BenchmarkOptions(databases,
                Integer.parseInt(property("bench.municipalities", "290")),
                Integer.parseInt(property("bench.warmUp", "20")),
                Double.parseDouble(property("bench.duplicates", "0.2")),
                Integer.parseInt(property("bench.threads", "0")),
                Duration.parse(property("bench.timeout", "PT5M")),
                new PostgresLogin(
                        property("bench.postgres.url", "jdbc:postgresql://localhost:5432/paverkansagenda_bench"),
                        property("bench.postgres.user", "paverkansagenda"),
                        property("bench.postgres.password", "paverkansagenda")),
                property("bench.heap", "256m"),
                Boolean.parseBoolean(property("bench.fork", "true")),
                Integer.parseInt(property("bench.timers", "0")),
                Integer.parseInt(property("bench.starts", "3")));
    }

    private static String property(String name, String fallback) {
        return System.getProperty(name, fallback);
    }
}
