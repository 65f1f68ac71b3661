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

    /** When the work ran: from its first start to its last end (over all passes), or "pågår" while it is not done. */
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
        return lateness(stage.late(), stage.daysLate(), stage.businessDaysLate());
    }

    private static String lateness(boolean late, int daysLate, int businessDaysLate) {
        if (!late) {
            return "I tid";
        }
        return daysLate + (daysLate == 1 ? " dag" : " dagar") + " ("
                + businessDaysLate + (businessDaysLate == 1 ? " arbetsdag)" : " arbetsdagar)");
    }

    public static String planned(StagePass pass) {
        return pass.plannedStart().equals(pass.plannedEnd()) ? day(pass.plannedStart())
                : day(pass.plannedStart()) + " – " + day(pass.plannedEnd());
    }

    /** When a pass ran: from its start to its end, or "pågår" while it runs. */
    public static String actual(StagePass pass) {
        if (pass.actualStart() == null) {
            return pass.state() == StageState.IN_PROGRESS ? "pågår" : "–";
        }
        String start = day(pass.actualStart().toLocalDate());
        if (pass.actualEnd() == null) {
            return start + " – pågår";
        }
        String end = day(pass.actualEnd().toLocalDate());
        return start.equals(end) ? start : start + " – " + end;
    }

    public static String lateness(StagePass pass) {
        return lateness(pass.late(), pass.daysLate(), pass.businessDaysLate());
    }

    /** "Gång 2 av 2". */
    public static String passTitle(StagePass pass, int passes) {
        return "Gång " + pass.number() + " av " + passes;
    }

    /**
     * A send-back in words: "Återsänt till steg 9 från steg 12 (Fastställande) 10 feb 2021 av
     * tjansteperson: Färre frågor." The user is left out when the history does not name one.
     */
    public static String sendBack(StagePass.SendBack sendBack) {
        if (sendBack == null) {
            return "";
        }
        return "Återsänt till steg " + sendBack.toStep() + " från steg " + sendBack.fromStep() + " ("
                + sendBack.fromStepName() + ") " + day(sendBack.at().toLocalDate())
                + (sendBack.by() == null ? "" : " av " + sendBack.by())
                + (sendBack.comment() == null || sendBack.comment().isBlank() ? "" : ": " + sendBack.comment().strip());
    }

    /** One line for lists: "1. Formulera förslag till struktur (PM)". */
    public static String title(Stage stage) {
        return stage.label() + ". " + stage.name();
    }
}
