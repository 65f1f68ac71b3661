package se.paverkansagenda.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.paverkansagenda.plan.StepDates;

/** Dates as people in Sweden write them in letters: "måndag 4 maj 2020". */
public final class SwedishDates {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private SwedishDates() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String period(StepDates dates) {
        return dates.singleDay() ? SHORT.format(dates.start())
                : SHORT.format(dates.start()) + " – " + SHORT.format(dates.end());
    }
}
