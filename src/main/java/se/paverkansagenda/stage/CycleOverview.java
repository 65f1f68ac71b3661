package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of Cockpit's list of cycles: where a cycle, running or finished, stands. {@code running}
 * names the steps now in progress, {@code lateSteps} counts the steps late and not done, and the
 * next step is the first not yet started with the day it is planned to start.
 */
public record CycleOverview(
        String businessKey,
        String regionName,
        int year,
        boolean finished,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        List<String> running,
        int lateSteps,
        List<RoundAnswers> rounds,
        String nextStep,
        LocalDate nextStepDate) {

    /** The answers received to one round of the cycle, of the requests sent or to be sent. */
    public record RoundAnswers(String slug, String name, int received, int expected) {
    }
}
