package se.paverkansagenda.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A checked plan in its typed form, as a cycle keeps it: written once when the plan is accepted and
 * read back as it was, without the checks of {@link PlanParser}, which it has passed already.
 * <p>
 * A cycle's plan is read for nearly every check of an answer (whether the request is open, the RUS
 * areas, the last day for answers), so the plans read last are kept by their text: the same text
 * gives the same plan, which cannot be changed ({@link Plan}), and a revised plan is another text.
 */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    /** More than the cycles that take answers at once; all are let go when it is full. */
    static final int KEPT = 32;
    private static final Map<String, Plan> READ = new ConcurrentHashMap<>();

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
        Plan plan = READ.get(json);
        if (plan != null) {
            return plan;
        }
        if (READ.size() >= KEPT) {
            READ.clear();
        }
        plan = parse(json);
        READ.put(json, plan);
        return plan;
    }

    private static Plan parse(String json) {
        try {
            return JSON.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A cycle's stored plan could not be read", e);
        }
    }
}
