package se.paverkansagenda.link;

import se.paverkansagenda.web.LinkSecrets;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTokensTest {

    @Test
    void aTokenIsKeptAsItsSha256Only() {
        String hash = LinkSecrets.hash("AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("AAAA");
        assertThat(LinkSecrets.hash("AAAAAAAAAAAAAAAAAAAAAB")).isNotEqualTo(hash);
    }

    @Test
    void afterTooManyWrongTokensAnAddressIsBlockedAndToldWhenToTryAgain() {
        FailedLinkAttempts attempts = new FailedLinkAttempts();
        for (int i = 0; i < FailedLinkAttempts.ALLOWED - 1; i++) {
            attempts.failed("10.0.0.1");
        }
        assertThat(attempts.blocked("10.0.0.1")).isFalse();

        attempts.failed("10.0.0.1");

        assertThat(attempts.blocked("10.0.0.1")).isTrue();
        assertThat(attempts.blocked("10.0.0.2")).as("other addresses").isFalse();
        assertThat(attempts.retryAfterSeconds("10.0.0.1"))
                .isBetween(1L, FailedLinkAttempts.WINDOW.toSeconds());
    }

    @Test
    void addressesWhoseWindowHasPassedAreDroppedWhenThereAreMany() {
        FailedLinkAttempts attempts = new FailedLinkAttempts();
        for (int i = 0; i <= FailedLinkAttempts.TIDY_ABOVE + 1; i++) {
            attempts.failed("10.1." + (i / 256) + "." + (i % 256));
        }
        for (int i = 0; i < FailedLinkAttempts.ALLOWED; i++) {
            attempts.failed("10.0.0.9");
        }

        assertThat(attempts.blocked("10.0.0.9")).as("a live window is kept").isTrue();
    }
}
