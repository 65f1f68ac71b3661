package se.paverkansagenda.cycle;

import java.time.OffsetDateTime;

/** A started cycle as stored: its business key, the plan it runs and its process instance. */
public record Cycle(String businessKey, String planYaml, String processInstanceId, String startedBy,
                    OffsetDateTime startedAt) {
}
