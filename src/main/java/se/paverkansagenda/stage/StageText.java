package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A stage's dates and lateness as Swedish text, the same on the page, in the PDF and in the report mail. */
public final class StageText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", SWEDISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", SWEDISH);

    private StageText() {
    }

    public static String day(LocalDate day) {
        return day == null ? "–" : DAY.format(day);
    }

    public static String moment(OffsetDateTime moment) {
        return moment == null ? "–" : MOMENT.format(moment);
    }

    public static String planned(Stage stage) {
        return stage.plannedStart().equals(stage.plannedEnd()) ? day(stage.plannedStart())
                : day(stage.plannedStart()) + " – " + day(stage.plannedEnd());
    }

    /** When the work ran: from its first start to its last end, or "pågår" while it is not done. */
    public static String actual(Stage stage) {
        if (stage.actualStart() == null) {
            return "–";
        }
        String start = day(stage.actualStart().toLocalDate());
        if (stage.actualEnd() == null) {
            return start + " – pågår";
        }
        String end = day(stage.actualEnd().toLocalDate());
        return start.equals(end) ? start : start + " – " + end;
    }

    public static String lateness(Stage stage) {
        if (!stage.late()) {
            return "I tid";
        }
        return stage.daysLate() + (stage.daysLate() == 1 ? " dag" : " dagar") + " ("
                + stage.businessDaysLate() + (stage.businessDaysLate() == 1 ? " arbetsdag)" : " arbetsdagar)");
    }

    /** One line for lists: "1. Formulera förslag till struktur (PM)". */
    public static String title(Stage stage) {
        return stage.number() + ". " + stage.name();
    }
}
