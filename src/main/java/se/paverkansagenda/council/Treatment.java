package se.paverkansagenda.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.paverkansagenda.plan.Step;

/**
 * A council's treatment of an item as its minutes record it: the meeting, the item and its RUS areas,
 * the position taken, whether it was taken in consensus, and the dissents added to the minutes.
 */
public record Treatment(String id, String cycleKey, Step step, LocalDate meetingDate, String paragraph,
                        String itemTitle, ItemKind itemKind, List<String> rusAreas, String position,
                        boolean consensus, String noDissentNote, String minutesUrl, List<Dissent> dissents,
                        String recordedBy, OffsetDateTime recordedAt) {

    public Treatment {
        rusAreas = List.copyOf(rusAreas);
        dissents = List.copyOf(dissents);
    }

    /** A dissent (avvikande synpunkt): whose, and what it says. */
    public record Dissent(String author, String opinion) {
    }
}
