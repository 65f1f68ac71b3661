package se.paverkansagenda.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import se.paverkansagenda.process.ProcessVariable;

/**
 * What a task's Camunda Form lets a person set, read from the form itself so that the form and the
 * server cannot drift apart: the variables of its fields and nothing else, the fields it requires, the
 * kind of value each takes, the values of radios, selects and checklists (fixed, or from the variable
 * named by {@code valuesKey}), patterns, lengths and bounds, and the rows of dynamic lists.
 * <p>
 * Values are kept one way whichever route they came by: a date field as its day {@code yyyy-MM-dd}
 * (the text the form itself submits; a {@code Date} is turned into its day in the application's time
 * zone), lists and rows as JSON.
 */
public final class FormContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "json";
    private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";

    private final String formId;
    private final Map<String, FormField> fields;

    FormContract(String formId, Map<String, FormField> fields) {
        this.formId = formId;
        this.fields = Map.copyOf(fields);
    }

    /** The contract of a form-js schema: every input of its components, those in groups too. */
    public static FormContract of(JsonNode form) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new FormContract(form.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            Optional<FormField> field = FormField.of(component);
            if (field.isPresent()) {
                fields.put(field.get().key(), field.get());
            } else {
                collect(component.path("components"), fields);
            }
        }
    }

    /** A contract for a task without a form: it sets nothing. */
    static FormContract none() {
        return new FormContract("", Map.of());
    }

    public String formId() {
        return formId;
    }

    public Map<String, FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /**
     * Checks the variables a task is completed with. Every one is a field of the form with a value it
     * takes; every required field has a value, submitted now or set before ({@code existing}); a choice
     * made before is still one of the form's values. Returns the values to store instead of those
     * submitted where they are kept another way (dates as days, lists as JSON).
     *
     * @param taskName the task's name, for the messages
     * @param existing the value a variable has now, as the task sees it
     * @throws FormRuleViolation naming the field that breaks a rule
     */
    public Map<String, TypedValue> checkCompletion(String taskName, Map<String, TypedValue> submitted,
                                                   Function<String, Object> existing) {
        Map<String, TypedValue> replacements = checkChange(taskName, submitted, Set.of(), existing);
        for (FormField field : fields.values()) {
            Object value;
            if (submitted.containsKey(field.key())) {
                TypedValue stored = replacements.getOrDefault(field.key(), submitted.get(field.key()));
                value = plain(field.key(), stored);
            } else {
                value = plainExisting(existing.apply(field.key()));
                if (value != null && field.kind() == FormField.Kind.CHOICE) {
                    // a decision the process reset (PENDING) is not one the form offers: it is yet to be made
                    try {
                        checkValue(field, value, existing, "");
                    } catch (FormRuleViolation notOffered) {
                        value = null;
                    }
                }
            }
            if (field.required() && isEmpty(value)) {
                throw new FormRuleViolation("Fyll i " + field.named() + ".");
            }
        }
        return replacements;
    }

    /**
     * Checks variables set or removed on a task without completing it: each is a field of the form,
     * with a value the field takes. Returns the values to store instead, as {@link #checkCompletion}.
     */
    public Map<String, TypedValue> checkChange(String taskName, Map<String, TypedValue> submitted,
                                               Collection<String> removed, Function<String, Object> existing) {
        Map<String, TypedValue> replacements = new LinkedHashMap<>();
        for (String name : removed) {
            fieldOf(name, taskName);
        }
        for (Map.Entry<String, TypedValue> entry : submitted.entrySet()) {
            FormField field = fieldOf(entry.getKey(), taskName);
            Object value = plain(entry.getKey(), entry.getValue());
            if (value == null) {
                continue;
            }
            Object kept = checkValue(field, value, existing, "");
            if (field.kind() == FormField.Kind.DATE && !kept.equals(entry.getValue().getValue())) {
                replacements.put(field.key(), org.camunda.bpm.engine.variable.Variables.stringValue((String) kept));
            } else if ((field.kind() == FormField.Kind.CHOICES || field.kind() == FormField.Kind.ROWS)
                    && !isJson(entry.getValue())) {
                replacements.put(field.key(), SpinValues.jsonValue(kept.toString()).create());
            }
        }
        return replacements;
    }

    /** A value of the engine's JSON type, kept as it is; a list sent any other way is kept as JSON too. */
    private static boolean isJson(TypedValue value) {
        return value.getType() != null && JSON_TYPE.equals(value.getType().getName());
    }

    private FormField fieldOf(String name, String taskName) {
        FormField field = fields.get(name);
        if (field != null) {
            return field;
        }
        if (ProcessOwnedVariables.isPlanDate(name)) {
            throw new FormRuleViolation(ProcessOwnedVariables.planDateMessage(name));
        }
        throw new FormRuleViolation("”" + name + "” är inget fält i formuläret för uppgiften ”" + taskName
                + "” och kan inte sättas här.");
    }

    /**
     * Checks one value against its field. Returns the value as it is kept: a date field's day as text,
     * a list as JSON.
     */
    private static Object checkValue(FormField field, Object value, Function<String, Object> options, String row) {
        String named = row + field.named();
        switch (field.kind()) {
            case TEXT -> {
                if (!(value instanceof String text)) {
                    throw new FormRuleViolation(capitalised(named) + " ska vara text.");
                }
                checkText(field, text, named);
                return text;
            }
            case NUMBER -> {
                if (!(value instanceof Number number)) {
                    throw new FormRuleViolation(capitalised(named) + " ska vara ett tal.");
                }
                field.min().filter(min -> number.doubleValue() < min).ifPresent(min -> {
                    throw new FormRuleViolation(capitalised(named) + " får inte vara mindre än " + plainNumber(min) + ".");
                });
                field.max().filter(max -> number.doubleValue() > max).ifPresent(max -> {
                    throw new FormRuleViolation(capitalised(named) + " får inte vara större än " + plainNumber(max) + ".");
                });
                return number;
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw new FormRuleViolation(capitalised(named) + " ska vara sant eller falskt.");
                }
                return value;
            }
            case DATE -> {
                return day(value, named);
            }
            case CHOICE -> {
                if (!(value instanceof String choice)) {
                    throw new FormRuleViolation(capitalised(named) + " ska vara ett av formulärets värden.");
                }
                if (choice.isEmpty()) {
                    return choice;
                }
                checkChoice(field, choice, options, named);
                return choice;
            }
            case CHOICES -> {
                if (!(value instanceof JsonNode list) || !list.isArray()) {
                    throw new FormRuleViolation(capitalised(named) + " ska vara en lista av formulärets värden.");
                }
                for (JsonNode item : list) {
                    if (!item.isTextual()) {
                        throw new FormRuleViolation(capitalised(named) + " ska vara en lista av formulärets värden.");
                    }
                    checkChoice(field, item.asText(), options, named);
                }
                return list;
            }
            case ROWS -> {
                if (!(value instanceof JsonNode rows) || !rows.isArray()) {
                    throw new FormRuleViolation(capitalised(named) + " ska vara en lista med rader.");
                }
                int number = 0;
                for (JsonNode rowValue : rows) {
                    number++;
                    String where = "Rad " + number + " i " + named + ": ";
                    if (!rowValue.isObject()) {
                        throw new FormRuleViolation(where + "raden ska ha formulärets fält.");
                    }
                    rowValue.fieldNames().forEachRemaining(name -> {
                        if (field.rowFields().stream().noneMatch(rowField -> rowField.key().equals(name))) {
                            throw new FormRuleViolation(where + "”" + name + "” är inget fält i listan.");
                        }
                    });
                    for (FormField rowField : field.rowFields()) {
                        Object cell = plainJson(rowValue.get(rowField.key()));
                        if (isEmpty(cell)) {
                            if (rowField.required()) {
                                throw new FormRuleViolation(where + "fyll i " + rowField.named() + ".");
                            }
                            continue;
                        }
                        checkValue(rowField, cell, options, where);
                    }
                }
                return rows;
            }
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    private static void checkText(FormField field, String text, String named) {
        if (text.isEmpty()) {
            return;
        }
        field.minLength().filter(min -> text.length() < min).ifPresent(min -> {
            throw new FormRuleViolation(capitalised(named) + " ska vara minst " + min + " tecken.");
        });
        field.maxLength().filter(max -> text.length() > max).ifPresent(max -> {
            throw new FormRuleViolation(capitalised(named) + " får vara högst " + max + " tecken.");
        });
        // as the form checks it: the pattern is searched for, as JavaScript's RegExp.test does
        field.pattern().filter(pattern -> !pattern.matcher(text).find()).ifPresent(pattern -> {
            throw new FormRuleViolation(capitalised(named) + " har inte den form fältet kräver: ”" + text + "”.");
        });
    }

    private static void checkChoice(FormField field, String choice, Function<String, Object> existing, String named) {
        Set<String> allowed = new LinkedHashSet<>(field.values());
        field.valuesKey().ifPresent(key -> allowed.addAll(optionValues(existing.apply(key))));
        if (field.valuesKey().isPresent() && allowed.isEmpty()) {
            // options the form reads from a variable the task cannot see: nothing to check against
            return;
        }
        if (!allowed.contains(choice)) {
            throw new FormRuleViolation(capitalised(named) + " kan inte vara ”" + choice
                    + "”: välj ett av formulärets värden (" + String.join(", ", allowed) + ").");
        }
    }

    /** The values of options kept as a JSON list of strings or of {@code {"label", "value"}}. */
    private static Set<String> optionValues(Object options) {
        Set<String> values = new LinkedHashSet<>();
        Object plain = plainExisting(options);
        if (plain instanceof JsonNode list) {
            for (JsonNode option : list) {
                values.add(option.isObject() ? option.path("value").asText() : option.asText());
            }
        }
        return values;
    }

    private static String day(Object value, String named) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
        }
        if (value instanceof String text) {
            if (text.isEmpty()) {
                return text;
            }
            try {
                return LocalDate.parse(text.trim()).toString();
            } catch (DateTimeParseException e) {
                throw new FormRuleViolation(capitalised(named) + " ska vara ett datum skrivet ÅÅÅÅ-MM-DD, till exempel "
                        + "2021-02-15, inte ”" + text + "”.");
            }
        }
        throw new FormRuleViolation(capitalised(named) + " ska vara ett datum skrivet ÅÅÅÅ-MM-DD.");
    }

    /**
     * A submitted value made plain: text, number, boolean, date, a JSON node for lists and objects, or
     * {@code null}. Java-serialized objects are refused.
     */
    static Object plain(String name, TypedValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SerializableValue serializable) {
            if (JAVA_SERIALIZATION.equals(serializable.getSerializationDataFormat())) {
                throw new FormRuleViolation(SerializedJava.message(name));
            }
            if (!serializable.isDeserialized()) {
                String serialized = serializable.getValueSerialized();
                if (serialized == null) {
                    return null;
                }
                try {
                    return JSON.readTree(serialized);
                } catch (IOException notJson) {
                    return serialized; // XML: not a value any field takes
                }
            }
        }
        return plainExisting(value.getValue());
    }

    private static Object plainExisting(Object value) {
        if (value instanceof TypedValue typed) {
            return plain("", typed);
        }
        if (value instanceof SpinJsonNode json) {
            try {
                return JSON.readTree(json.toString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return JSON.valueToTree(value);
        }
        return value;
    }

    private static Object plainJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof JsonNode node && (node.isNull() || (node.isContainerNode() && node.isEmpty())
                || (node.isTextual() && node.asText().isBlank())));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String plainNumber(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** The variables a form's fields set, for tests and messages. */
    public List<String> keys() {
        return List.copyOf(fields.keySet());
    }

    /** Whether the form has a field for the variable. */
    public boolean sets(ProcessVariable<?> variable) {
        return fields.containsKey(variable.name());
    }
}
