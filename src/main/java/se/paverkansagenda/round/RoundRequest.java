package se.paverkansagenda.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recipient's request in one round of one cycle. */
public record RoundRequest(
        String id,
        String cycleKey,
        RoundKind kind,
        String recipientCode,
        String recipientName,
        String recipientEmail,
        LocalDate deadline,
        RequestStatus status,
        OffsetDateTime closedAt,
        String answerText,
        String answeredBy) {
}
