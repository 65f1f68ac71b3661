package se.paverkansagenda.benchmark;

import java.io.Serializable;
import java.util.List;

/**
 * Deadlines due at once: how many requests' answer deadlines were made due together, the time from
 * then until no job was left, how many requests did not end unanswered with one deadline mail (lost)
 * and how many deadline mails or ends there were beyond one a request (twice).
 */
record TimerDrain(int timers, double drainSeconds, int lost, int twice, List<String> problems)
        implements Serializable {

    boolean failed() {
        return lost > 0 || twice > 0;
    }
}
