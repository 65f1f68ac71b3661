package se.paverkansagenda.deadline;

/**
 * How late something is: the business days that have begun since its due day ended, and the
 * calendar days. Due on a Friday and still open on Monday morning is 1 business day, 3 calendar days.
 */
public record Lateness(int businessDays, int calendarDays) {

    /** In Swedish, for messages: "2 arbetsdagar (4 kalenderdagar)". */
    public String inSwedish() {
        if (businessDays == 0) {
            return calendarDays == 0 ? "mindre än en dag" : "mindre än en arbetsdag (" + days(calendarDays, "kalenderdag") + ")";
        }
        return days(businessDays, "arbetsdag") + " (" + days(calendarDays, "kalenderdag") + ")";
    }

    private static String days(int count, String word) {
        return count + " " + word + (count == 1 ? "" : "ar");
    }
}
