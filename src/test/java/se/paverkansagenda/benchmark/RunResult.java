package se.paverkansagenda.benchmark;

import java.io.Serializable;
import java.util.List;

/**
 * One measured burst: how fast the submissions were taken, what went wrong, and what the process
 * and the database show once the engine's jobs have run: answers lost (of them, those whose sender
 * was told the answer was taken) and answers stored twice; and how many of the engine's commands lost
 * an optimistic lock from the release until the round settled (each one run again or retried).
 */
record RunResult(Database database, String run, Burst.Outcome burst, int lost, int lostAfterSuccess,
                 int duplicatesStored,
                 double settledSeconds, int optimisticLocks, List<String> problems)
        implements Serializable {

    static final String APPLICATION = "application";
    static final String BARE_ENGINE = "bare engine";

    boolean failed() {
        return burst.errors() > 0 || lost > 0 || duplicatesStored > 0;
    }
}
