package se.paverkansagenda.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Business days in Sweden: Monday to Friday except the public holidays of jollyday's Swedish
 * calendar, which also counts Midsummer Eve, Christmas Eve and New Year's Eve as days off, as
 * Swedish offices do.
 */
public final class SwedishBusinessDays {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final SwedishBusinessDays INSTANCE = new SwedishBusinessDays();

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final Map<Integer, Map<LocalDate, String>> namesByYear = new ConcurrentHashMap<>();

    private SwedishBusinessDays() {
    }

    public static SwedishBusinessDays sweden() {
        return INSTANCE;
    }

    public boolean isBusinessDay(LocalDate day) {
        return !isWeekend(day) && holidayName(day).isEmpty();
    }

    /** The Swedish name of the public holiday on that day, e.g. "Midsommarafton". */
    public Optional<String> holidayName(LocalDate day) {
        return Optional.ofNullable(holidaysOf(day.getYear()).get(day));
    }

    /** Why the day is not a business day, in Swedish ("en lördag", "en helgdag (Julafton)"); empty for a business day. */
    public Optional<String> whyNotABusinessDay(LocalDate day) {
        Optional<String> holiday = holidayName(day).map(name -> "en helgdag (" + name + ")");
        if (holiday.isPresent()) {
            return holiday;
        }
        return isWeekend(day) ? Optional.of(day.getDayOfWeek() == DayOfWeek.SATURDAY ? "en lördag" : "en söndag")
                : Optional.empty();
    }

    /** The day itself if it is a business day, otherwise the first business day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The business day that lies the given number of business days before the day. */
    public LocalDate minus(LocalDate day, int businessDays) {
        LocalDate candidate = day;
        for (int counted = 0; counted < businessDays; ) {
            candidate = candidate.minusDays(1);
            if (isBusinessDay(candidate)) {
                counted++;
            }
        }
        return candidate;
    }

    /** The business day that lies the given number of business days after the day. */
    public LocalDate plus(LocalDate day, int businessDays) {
        LocalDate candidate = day;
        for (int counted = 0; counted < businessDays; ) {
            candidate = candidate.plusDays(1);
            if (isBusinessDay(candidate)) {
                counted++;
            }
        }
        return candidate;
    }

    /** How many business days lie after {@code from} up to and including {@code to}; 0 if {@code to} is not later. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, String> holidaysOf(int year) {
        return namesByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y)).stream()
                .collect(Collectors.toMap(Holiday::getDate, h -> h.getDescription(SWEDISH), (a, b) -> a)));
    }
}
