package se.paverkansagenda.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.paverkansagenda.deadline.SwedishBusinessDays;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;

/**
 * The seed plan moved forward so that its first step starts on the day of the demo: every date
 * moves by the same number of days, and a date that lands on a weekend or a Swedish public holiday
 * (Midsummer Eve, Christmas Day …) moves on to the next business day, so meetings and deadlines stay
 * on business days and in the seed's order. Only the first step's start is the day of the demo itself.
 */
public final class DemoPlan {

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final List<String> DATE_FIELDS = List.of("start", "end", "date");
    private static final SwedishBusinessDays BUSINESS_DAYS = SwedishBusinessDays.sweden();

    private DemoPlan() {
    }

    /** Västernorrland's demo plan, beside the seed plan of Jämtland Härjedalen. */
    static final String VASTERNORRLAND = "/plans/demo-plan-vn.yaml";

    public static String startingOn(LocalDate today) {
        return startingOn(DefaultPlan.yaml(), today);
    }

    /** Västernorrland's demo plan moved in the same way. */
    public static String vasternorrlandStartingOn(LocalDate today) {
        try (InputStream in = DemoPlan.class.getResourceAsStream(VASTERNORRLAND)) {
            return startingOn(new String(in.readAllBytes(), StandardCharsets.UTF_8), today);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + VASTERNORRLAND, e);
        }
    }

    private static String startingOn(String planYaml, LocalDate today) {
        try {
            ObjectNode plan = (ObjectNode) YAML.readTree(planYaml);
            ObjectNode steps = (ObjectNode) plan.get("steps");
            LocalDate seedStart = LocalDate.parse(steps.path(Step.DRAFT_PM.name()).path("start").asText());
            long offset = ChronoUnit.DAYS.between(seedStart, today);
            for (Step step : Step.values()) {
                ObjectNode dates = (ObjectNode) steps.get(step.name());
                for (String field : DATE_FIELDS) {
                    if (dates.has(field)) {
                        LocalDate moved = BUSINESS_DAYS.onOrAfter(LocalDate.parse(dates.get(field).asText()).plusDays(offset));
                        dates.put(field, moved.toString());
                    }
                }
            }
            if (plan.get("referenceGroups") instanceof ObjectNode groups) {
                for (String field : DATE_FIELDS) {
                    if (groups.has(field)) {
                        LocalDate moved = BUSINESS_DAYS.onOrAfter(LocalDate.parse(groups.get(field).asText()).plusDays(offset));
                        groups.put(field, moved.toString());
                    }
                }
            }
            ((ObjectNode) steps.get(Step.DRAFT_PM.name())).put("start", today.toString());
            plan.put("year", today.getYear());
            return YAML.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The demo plan cannot be read", e);
        }
    }
}
