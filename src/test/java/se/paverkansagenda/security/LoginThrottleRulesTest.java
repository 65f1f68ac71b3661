package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleRulesTest {

    @Test
    void aFewFailuresAreFreeThenTheWaitDoublesUpToAMinute() {
        assertThat(LoginThrottle.waitAfter(LoginThrottle.FREE_FAILURES)).isZero();
        assertThat(LoginThrottle.waitAfter(LoginThrottle.FREE_FAILURES + 1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.waitAfter(LoginThrottle.FREE_FAILURES + 2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.waitAfter(LoginThrottle.FREE_FAILURES + 4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(LoginThrottle.waitAfter(1000)).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void theWaitIsPerUserAndAddressAndIsForgottenAfterAWhile() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", "10.0.0.1");
        }

        assertThat(throttle.secondsToWait("admin", "10.0.0.1")).isBetween(1L, 60L);
        assertThat(throttle.secondsToWait("admin", "10.0.0.2")).isZero();
        assertThat(throttle.secondsToWait("presidiet", "10.0.0.1")).isZero();

        clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        assertThat(throttle.secondsToWait("admin", "10.0.0.1")).isZero();
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.secondsToWait("admin", "10.0.0.1")).as("counting starts over").isZero();
    }

    @Test
    void aRightPasswordOrAnAdministratorClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", "10.0.0.1");
            throttle.failed("admin", "10.0.0.2");
        }
        throttle.succeeded("admin", "10.0.0.1");
        assertThat(throttle.secondsToWait("admin", "10.0.0.1")).isZero();
        assertThat(throttle.secondsToWait("admin", "10.0.0.2")).isPositive();

        throttle.clear("admin");
        assertThat(throttle.secondsToWait("admin", "10.0.0.2")).isZero();
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
