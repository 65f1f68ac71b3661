package se.paverkansagenda.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A checked plan in its typed form, as a cycle keeps it: written once when the plan is accepted and
 * read back as it was, without the checks of {@link PlanParser}, which it has passed already.
 */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private PlanJson() {
    }

    public static String write(Plan plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked plan could not be written as JSON", e);
        }
    }

    public static Plan read(String json) {
        try {
            return JSON.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A cycle's stored plan could not be read", e);
        }
    }
}
