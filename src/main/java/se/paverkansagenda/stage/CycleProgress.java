package se.paverkansagenda.stage;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The twelve steps of one cycle, planned against actual, as of a moment: now for a running cycle,
 * the moment it ended for a finished one.
 */
public record CycleProgress(
        String businessKey,
        String regionName,
        int year,
        String processInstanceId,
        boolean finished,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        OffsetDateTime asOf,
        List<Stage> stages) {
}
