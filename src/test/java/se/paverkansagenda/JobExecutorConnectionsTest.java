package se.paverkansagenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The job executor leaves most of the connection pool to the web requests: a mail job holds two
 * connections, also while it waits for the mail server, and with Camunda's 10 job threads the
 * receipts of a burst of answers held up to 20 of the pool's 30 connections while the answers waited
 * for one.
 */
class JobExecutorConnectionsTest {

    @Test
    void theJobThreadsHoldAtMostAThirdOfThePool() {
        Properties application = application();
        int pool = Integer.parseInt(application.getProperty("spring.datasource.hikari.maximum-pool-size"));
        int jobThreads = Integer.parseInt(application.getProperty("camunda.bpm.job-execution.max-pool-size"));

        assertThat(2 * jobThreads).isLessThanOrEqualTo(pool / 3);
        // the mail jobs that may send at once, and room for the rest (the ends of requests, the steps)
        assertThat(jobThreads).isGreaterThanOrEqualTo(4);
    }

    private static Properties application() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject();
    }
}
