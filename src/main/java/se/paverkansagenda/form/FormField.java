package se.paverkansagenda.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One input of a Camunda Form as the server holds it to: the variable it sets, what kind of value it
 * takes, and the rules of its {@code validate} block. A dynamic list is a field whose value is a list
 * of rows, each row an object with the list's own fields.
 *
 * @param key        the variable the field sets ({@code key}, or {@code path} of a dynamic list)
 * @param label      the Swedish label the form shows
 * @param kind       what kind of value the field takes
 * @param required   {@code validate.required}
 * @param values     the fixed values of a radio, select, checklist or tag list; empty when the values come from
 *                   a variable
 * @param valuesKey  the variable holding the values ({@code valuesKey}), if any
 * @param pattern    {@code validate.pattern}, if any
 * @param minLength  {@code validate.minLength}, if any
 * @param maxLength  {@code validate.maxLength}, if any
 * @param min        {@code validate.min} of a number, if any
 * @param max        {@code validate.max} of a number, if any
 * @param rowFields  the fields of each row of a dynamic list
 */
public record FormField(String key, String label, Kind kind, boolean required, Set<String> values,
                        Optional<String> valuesKey, Optional<Pattern> pattern, Optional<Integer> minLength,
                        Optional<Integer> maxLength, Optional<Double> min, Optional<Double> max,
                        List<FormField> rowFields) {

    /** What kind of value a field takes, by its form-js component type. */
    public enum Kind {
        /** textfield, textarea: a string. */
        TEXT,
        /** number: a number. */
        NUMBER,
        /** checkbox: true or false. */
        BOOLEAN,
        /** datetime of subtype date: a day, stored as {@code yyyy-MM-dd}. */
        DATE,
        /** radio, select: one of the field's values. */
        CHOICE,
        /** checklist, taglist: a list of the field's values. */
        CHOICES,
        /** dynamiclist: a list of rows. */
        ROWS
    }

    /** The component types a person fills in, and the kind of value each takes. */
    static Optional<Kind> kindOf(JsonNode component) {
        return switch (component.path("type").asText()) {
            case "textfield", "textarea" -> Optional.of(Kind.TEXT);
            case "number" -> Optional.of(Kind.NUMBER);
            case "checkbox" -> Optional.of(Kind.BOOLEAN);
            // form-js writes a date field as yyyy-MM-dd; a time or date-time field as text
            case "datetime" -> Optional.of("date".equals(component.path("subtype").asText("date"))
                    ? Kind.DATE : Kind.TEXT);
            case "radio", "select" -> Optional.of(Kind.CHOICE);
            case "checklist", "taglist" -> Optional.of(Kind.CHOICES);
            case "dynamiclist" -> Optional.of(Kind.ROWS);
            default -> Optional.empty();
        };
    }

    /** The field of one form-js component, or nothing for a component that sets no variable (text, groups). */
    static Optional<FormField> of(JsonNode component) {
        return kindOf(component).map(kind -> {
            JsonNode validate = component.path("validate");
            Set<String> values = new LinkedHashSet<>();
            component.path("values").forEach(option -> values.add(option.path("value").asText()));
            List<FormField> rows = new ArrayList<>();
            if (kind == Kind.ROWS) {
                component.path("components").forEach(child -> of(child).ifPresent(rows::add));
            }
            String key = component.path(kind == Kind.ROWS ? "path" : "key").asText();
            String label = component.path("datetime".equals(component.path("type").asText()) ? "dateLabel" : "label")
                    .asText(key);
            return new FormField(key, label.isBlank() ? key : label, kind, validate.path("required").asBoolean(false),
                    Set.copyOf(values), text(component, "valuesKey"),
                    text(validate, "pattern").map(Pattern::compile),
                    number(validate, "minLength").map(Double::intValue), number(validate, "maxLength").map(Double::intValue),
                    number(validate, "min"), number(validate, "max"), List.copyOf(rows));
        });
    }

    /** How messages name the field: its label and its variable, {@code ”Rubrik” (pmTitle)}. */
    public String named() {
        return "”" + label + "” (" + key + ")";
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<Double> number(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }
}
