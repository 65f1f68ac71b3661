package se.paverkansagenda.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.ModelAndView;

/** Which failures mean that the database cannot be reached, and what the page then says. */
class DatabaseAwayTest {

    private final DatabaseAway away = new DatabaseAway();

    @Test
    void aDatabaseThatCannotBeReachedOrClosedTheConnectionIsAway() {
        // no connection could be opened: the pool's timeout carries the driver's failure
        assertThat(DatabaseAway.isCause(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused")))))).isTrue();
        // the connection in use was ended by the server shutting down, inside the engine
        assertThat(DatabaseAway.isCause(new ProcessEngineException("ENGINE-03004",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseAway.isCause(new DataAccessResourceFailureException("closed",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
    }

    /**
     * A commit that the server ended (57P01) makes the pool close the connection; the rollback that follows
     * fails on the closed connection with an exception of no state, and that one reaches the page.
     */
    @Test
    void theRollbackOnAConnectionThePoolClosedIsTheDatabaseAway() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:database-away");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Connection connection = pool.getConnection();
            connection.close();
            SQLException closed = catchThrowableOfType(SQLException.class, connection::rollback);

            assertThat(closed.getMessage()).isEqualTo("Connection is closed");
            assertThat(closed.getSQLState()).isNull();
            assertThat(DatabaseAway.isCause(new ProcessEnginePersistenceException("An exception occurred in the persistence layer",
                    new TransactionSystemException("rollback", closed)))).isTrue();
            assertThat(DatabaseAway.isCause(new SQLException("Connection is closed"))).as("not from the pool").isFalse();
        }
    }

    @Test
    void aPoolWhoseConnectionsAreAllInUseOrAnyOtherFailureIsNot() {
        assertThat(DatabaseAway.isCause(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms.")))).isFalse();
        assertThat(DatabaseAway.isCause(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseAway.isCause(new IllegalStateException("något annat"))).isFalse();
    }

    @Test
    void answers503WithRetryAfterAndASwedishTextSayingNothingWasStored() throws Exception {
        MockHttpServletRequest page = new MockHttpServletRequest("POST", "/svar/abc");
        page.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse html = new MockHttpServletResponse();
        ModelAndView handled = away.resolveException(page, html, null,
                new DataAccessResourceFailureException("closed", new SQLException("closed", "08006")));

        assertThat(handled).isNotNull();
        assertThat(html.getStatus()).isEqualTo(503);
        assertThat(html.getHeader("Retry-After")).isEqualTo("30");
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getContentAsString()).contains("Tjänsten är tillfälligt otillgänglig", "inget av det du skickade har sparats");

        MockHttpServletResponse api = new MockHttpServletResponse();
        away.resolveException(new MockHttpServletRequest("POST", "/api/requests/1/answer"), api, null,
                new SQLException("refused", "08001"));
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503", "inget av det du skickade har sparats");

        assertThat(away.resolveException(page, new MockHttpServletResponse(), null, new IllegalStateException("annat"))).isNull();
    }
}
