package se.paverkansagenda.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The database a run uses, each run starting from an empty one. */
enum Database {
    H2, POSTGRES;

    /** A JDBC login for one run. */
    record Login(String url, String user, String password, String driver) {
    }

    /**
     * An empty database for a run: a new in-memory H2 database under the run's name, or the
     * benchmark's PostgreSQL database with its public schema dropped and created again.
     */
    Login emptyFor(String runName, BenchmarkOptions.PostgresLogin postgres) {
        if (this == H2) {
            return new Login("jdbc:h2:mem:" + runName + ";DB_CLOSE_DELAY=-1", "sa", "", "org.h2.Driver");
        }
        try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("The benchmark database " + postgres.url() + " cannot be emptied"
                    + " (create it with: createdb -O " + postgres.user() + " paverkansagenda_bench)", e);
        }
        return new Login(postgres.url(), postgres.user(), postgres.password(), "org.postgresql.Driver");
    }

    String label() {
        return this == H2 ? "H2" : "PostgreSQL";
    }
}
