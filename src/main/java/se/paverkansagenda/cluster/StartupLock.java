package se.paverkansagenda.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment on one PostgreSQL database start one after the other: the engine
 * creates its tables without a lock of its own (a second node creating them at once failed with a
 * duplicate key), and so the first node creates the tables, the administrator, the groups and the
 * deployment, and the others find them. Each node takes a PostgreSQL advisory lock (held by its session,
 * so a node that dies lets go) as soon as its data source exists, before Flyway and the engine use it,
 * and lets go once it is started or has failed to start. On other databases (the embedded H2 file) there
 * is no lock.
 */
@Component
public class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

    /** The advisory lock's key: the same for every node of the application on the database. */
    static final long KEY = 0x5041_5354_4152_54L;
    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private Connection held;

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && held == null) {
            try {
                Connection connection = dataSource.getConnection();
                if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    connection.close();
                    return bean;
                }
                long waiting = System.nanoTime();
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
                long waited = (System.nanoTime() - waiting) / 1_000_000;
                if (waited > 1000) {
                    LOG.info("Väntade {} ms på att en annan nod skulle starta klart mot samma databas", waited);
                }
                held = connection;
            } catch (SQLException e) {
                LOG.warn("Startlåset i databasen kunde inte tas: {}", e.getMessage());
            }
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent || event instanceof ContextClosedEvent) {
            release();
        }
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement unlock = connection.createStatement()) {
            unlock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the session lets go of the lock as well
        } finally {
            held = null;
        }
    }
}
