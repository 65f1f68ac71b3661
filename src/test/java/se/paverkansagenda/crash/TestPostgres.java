package se.paverkansagenda.crash;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the integration tests (PA_TEST_DB_URL, PA_TEST_DB_USER, PA_TEST_DB_PASSWORD),
 * and databases of their own on it for tests whose nodes must start on an empty database. Skipped,
 * saying why, when it is not reachable; with PA_REQUIRE_POSTGRES=true (CI) that fails instead.
 */
final class TestPostgres {

    static final String URL = env("PA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/paverkansagenda_test");
    static final String USER = env("PA_TEST_DB_USER", "paverkansagenda");
    static final String PASSWORD = env("PA_TEST_DB_PASSWORD", "paverkansagenda");

    private TestPostgres() {
    }

    static void require() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.isValid(5);
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("PA_REQUIRE_POSTGRES"))) {
                fail(why + ", and PA_REQUIRE_POSTGRES=true");
            }
            Assumptions.abort(why + ": skipped");
        }
    }

    /** An empty database named after the test database with the suffix, made anew; its URL. */
    static String freshDatabase(String suffix) throws SQLException {
        String name = databaseName() + "_" + suffix;
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        return URL.substring(0, URL.lastIndexOf('/') + 1) + name + query();
    }

    static void dropDatabase(String suffix) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + databaseName() + "_" + suffix + " WITH (FORCE)");
        } catch (SQLException e) {
            // left for the next run, which drops it first
        }
    }

    private static String databaseName() {
        String path = URL.substring(URL.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String query() {
        int query = URL.indexOf('?', URL.lastIndexOf('/'));
        return query < 0 ? "" : URL.substring(query);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
