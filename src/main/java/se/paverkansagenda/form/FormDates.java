package se.paverkansagenda.form;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.paverkansagenda.process.ProcessVariable;

/**
 * A date field of a task form, stored one way: as text {@code ÅÅÅÅ-MM-DD}, whatever sent it. Tasklist's
 * form sends that text; a REST client may send a date value, which is stored as its day in Sweden; text
 * in any other shape is refused, never read as some other day.
 */
public final class FormDates {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private FormDates() {
    }

    /** The field's day, written back as {@code ÅÅÅÅ-MM-DD}; empty when the field is not filled in. */
    public static Optional<LocalDate> day(ProcessVariable<Object> field, VariableScope scope, String label) {
        Object value = field.from(scope).optional().orElse(null);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        LocalDate day = dayOf(value, label);
        field.set(scope, day.toString());
        return Optional.of(day);
    }

    /** The day a filled-in date field names: a date value's day in Sweden, or text {@code ÅÅÅÅ-MM-DD}. */
    public static LocalDate dayOf(Object value, String label) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(SWEDEN).toLocalDate();
        }
        if (value instanceof String text) {
            return parse(text.trim(), label);
        }
        throw new FormRuleViolation(label + " ska vara ett datum, skrivet ÅÅÅÅ-MM-DD.");
    }

    /**
     * A date value in a field read as text elsewhere (a REST client may send one) is stored as its day in
     * Sweden, {@code ÅÅÅÅ-MM-DD}; text is left for the field's own rules.
     */
    public static void dateValueAsDay(ProcessVariable<String> field, VariableScope scope) {
        if (scope.getVariable(field.name()) instanceof Date date) {
            field.set(scope, date.toInstant().atZone(SWEDEN).toLocalDate().toString());
        }
    }

    /** The day the text names, which must be written {@code ÅÅÅÅ-MM-DD}. */
    public static LocalDate parse(String text, String label) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // a day that does not exist, such as 2027-02-30: refused below
            }
        }
        throw new FormRuleViolation(label + " ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
    }
}
