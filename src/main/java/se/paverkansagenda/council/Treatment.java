package se.paverkansagenda.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.paverkansagenda.plan.Step;

/**
 * A council's treatment of an item as its minutes record it: the deciding body, the meeting, the item
 * and its RUS areas, the position taken, whether it was taken in consensus, the dissents added to the
 * minutes, and the minutes extract written of it (its stored documents, once written).
 */
public record Treatment(String id, String cycleKey, Step step, LocalDate meetingDate, String paragraph,
                        String itemTitle, ItemKind itemKind, List<String> rusAreas, String position,
                        boolean consensus, String noDissentNote, String minutesUrl, List<Dissent> dissents,
                        String recordedBy, OffsetDateTime recordedAt, String body, List<String> minutesDocuments) {

    public Treatment {
        rusAreas = List.copyOf(rusAreas);
        dissents = List.copyOf(dissents);
        minutesDocuments = minutesDocuments == null ? List.of() : List.copyOf(minutesDocuments);
    }

    /** The deciding body as the minutes name it; RSR for a treatment recorded before bodies were. */
    public String bodyName() {
        return body == null ? MinutesExtract.RSR : body;
    }

    /** Whether any dissent was added to the minutes. */
    public boolean hasDissent() {
        return !dissents.isEmpty();
    }

    /** A dissent (avvikande synpunkt): whose, and what it says. */
    public record Dissent(String author, String opinion) {
    }
}
