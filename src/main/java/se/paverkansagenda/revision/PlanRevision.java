package se.paverkansagenda.revision;

import java.time.OffsetDateTime;
import java.util.List;

/** One revision of a running cycle's plan: the version it made, who made it, when, why and what changed. */
public record PlanRevision(String cycleKey, int version, String revisedBy, OffsetDateTime revisedAt, String reason,
                           List<String> changes) {
}
