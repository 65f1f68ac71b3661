package se.paverkansagenda.crash;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of a test's own (initdb in a temporary directory, on a free port), which the test
 * may stop and start without touching the server other tests use. Run as the user {@code postgres}
 * when the test runs as root. Skipped, saying why, without PostgreSQL's programs (PA_PG_BIN, else the
 * newest under /usr/lib/postgresql); with PA_REQUIRE_POSTGRES=true (CI) that fails instead.
 */
final class OwnPostgres implements AutoCloseable {

    static final String DATABASE = "paverkansagenda";

    private final Path bin;
    private final Path data;
    private final int port;

    private OwnPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static OwnPostgres create() throws Exception {
        Path bin = binaries();
        Path data = Files.createTempDirectory("pa-postgres-");
        if (root()) {
            run(List.of("chown", "postgres", data.toString()));
        }
        OwnPostgres postgres = new OwnPostgres(bin, data, PostgresKillIT.freePort());
        postgres.asOwner(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--no-sync");
        postgres.start();
        postgres.asOwner(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(postgres.port), "-U", "postgres",
                "-q", "-c", "CREATE ROLE " + TestPostgres.USER + " LOGIN PASSWORD '" + TestPostgres.PASSWORD + "'",
                "-c", "CREATE DATABASE " + DATABASE + " OWNER " + TestPostgres.USER);
        return postgres;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    void start() throws Exception {
        asOwner(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** A fast shutdown, as {@code pg_ctlcluster … stop} does: sessions are ended, connections closed. */
    void stop() throws Exception {
        asOwner(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "fast", "-w", "stop");
    }

    @Override
    public void close() throws Exception {
        try {
            asOwner(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate", "-w", "stop");
        } catch (AssertionError alreadyStopped) {
            // stopped
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private void asOwner(String... command) throws Exception {
        List<String> line = new ArrayList<>();
        if (root()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("PA_PG_BIN");
        Path bin = null;
        if (configured != null && !configured.isBlank()) {
            bin = Path.of(configured);
        } else if (Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                bin = versions.map(version -> version.resolve("bin"))
                        .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                        .max(Comparator.comparing(candidate -> Integer.parseInt(candidate.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
            }
        }
        if (bin == null || !Files.isExecutable(bin.resolve("initdb"))) {
            String why = "PostgreSQL's programs (initdb, pg_ctl) are not found; set PA_PG_BIN";
            if (Boolean.parseBoolean(System.getenv("PA_REQUIRE_POSTGRES"))) {
                fail(why + ", and PA_REQUIRE_POSTGRES=true");
            }
            Assumptions.abort(why + ": skipped");
        }
        return bin;
    }
}
