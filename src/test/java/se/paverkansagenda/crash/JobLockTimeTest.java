package se.paverkansagenda.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Jobs locked by a node that died are taken over within a minute, and never while their first run can
 * still be alive: the job executor's lock time is at most a minute and above the longest a sending job
 * can take with the production mail timeouts (it stops at its first failed message).
 */
class JobLockTimeTest {

    @Test
    void aDeadNodesJobsAreTakenOverWithinAMinuteAndNoSooner() throws Exception {
        PropertySource<?> production = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yaml")).get(0);
        Object lockTime = production.getProperty("camunda.bpm.job-execution.lock-time-in-millis");
        assertThat(lockTime).as("the lock time is set").isNotNull();
        Duration lock = Duration.ofMillis(Long.parseLong(lockTime.toString()));
        Duration connect = DurationStyle.detectAndParse(production.getProperty("paverkansagenda.mail.connect-timeout").toString());
        Duration read = DurationStyle.detectAndParse(production.getProperty("paverkansagenda.mail.read-timeout").toString());

        Duration maxWait = Duration.ofMillis(Long.parseLong(production.getProperty("camunda.bpm.job-execution.max-wait").toString()));

        assertThat(lock.plus(maxWait)).as("lock time and the longest wait between two looks for jobs")
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(connect.plus(read)).as("a sending job's longest run stays below the lock time").isLessThan(lock);
    }
}
