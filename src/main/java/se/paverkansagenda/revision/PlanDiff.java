package se.paverkansagenda.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanJson;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;

/**
 * What a revised plan changes, one readable Swedish line per change, each naming its field: the steps'
 * dates as periods, list members (municipalities, organisations, RUS areas) added, removed or changed by
 * their code or name, and every other field, also fields this class does not know, by its path.
 */
final class PlanDiff {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields that tell the members of a list apart (a council member by its address), in the order they are tried. */
    private static final List<String> IDENTITY = List.of("code", "name", "email");

    private PlanDiff() {
    }

    static List<String> lines(Plan before, Plan after) {
        List<String> lines = new ArrayList<>();
        for (Step step : Step.values()) {
            StepDates was = before.datesOf(step);
            StepDates is = after.datesOf(step);
            if (!Objects.equals(was, is)) {
                lines.add("steps." + step.name() + ": steg " + step.number() + " (" + step.swedishName() + ") "
                        + SwedishDates.period(was) + " → " + SwedishDates.period(is));
            }
        }
        JsonNode was = tree(before);
        JsonNode is = tree(after);
        ((ObjectNode) was).remove("steps");
        ((ObjectNode) is).remove("steps");
        compare("", was, is, lines);
        return lines;
    }

    private static JsonNode tree(Plan plan) {
        try {
            return JSON.readTree(PlanJson.write(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked plan could not be read as JSON", e);
        }
    }

    private static void compare(String path, JsonNode was, JsonNode is, List<String> lines) {
        if (was != null && is != null && was.isObject() && is.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            was.fieldNames().forEachRemaining(fields::add);
            is.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                compare(path.isEmpty() ? field : path + "." + field, was.get(field), is.get(field), lines);
            }
        } else if (was != null && is != null && was.isArray() && is.isArray() && identity(was, is) != null) {
            compareMembers(path, identity(was, is), was, is, lines);
        } else if (!Objects.equals(was, is)) {
            lines.add(path + ": " + text(was) + " → " + text(is));
        }
    }

    private static void compareMembers(String path, String key, JsonNode was, JsonNode is, List<String> lines) {
        Map<String, JsonNode> before = byKey(was, key);
        Map<String, JsonNode> after = byKey(is, key);
        before.forEach((id, member) -> {
            if (!after.containsKey(id)) {
                lines.add(path + ": borttagen " + label(member));
            } else {
                compare(path + "[" + id + "]", member, after.get(id), lines);
            }
        });
        after.forEach((id, member) -> {
            if (!before.containsKey(id)) {
                lines.add(path + ": tillagd " + label(member));
            }
        });
    }

    /** The field that names each member of both lists, or null when the lists are of plain values. */
    private static String identity(JsonNode was, JsonNode is) {
        for (String key : IDENTITY) {
            if (allHave(was, key) && allHave(is, key) && (!was.isEmpty() || !is.isEmpty())) {
                return key;
            }
        }
        return null;
    }

    private static boolean allHave(JsonNode list, String key) {
        for (JsonNode member : list) {
            if (!member.isObject() || !member.path(key).isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        list.forEach(member -> members.put(member.path(key).asText(), member));
        return members;
    }

    private static String label(JsonNode member) {
        List<String> parts = new ArrayList<>();
        member.forEach(value -> parts.add(text(value)));
        return String.join(", ", parts);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "(saknas)";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
