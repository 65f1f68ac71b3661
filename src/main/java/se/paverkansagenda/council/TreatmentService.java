package se.paverkansagenda.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Step;

/** Records the councils' treatments and gives them back for the minutes, the timeline and the trace. */
@Service
public class TreatmentService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TreatmentRepository repository;
    private final DeadlineService deadlines;

    public TreatmentService(TreatmentRepository repository, DeadlineService deadlines) {
        this.repository = repository;
        this.deadlines = deadlines;
    }

    /** The item before the council as the PM (step 1) described it; any part may be missing. */
    record Item(String title, String kind, Object rusAreas) {
    }

    /** Records a council's decision at a step (3, 4, 7 or 12), by the body that took it. */
    Treatment record(String cycleKey, Step step, String body, DecisionForm form, Item item, String recordedBy) {
        Treatment treatment = new Treatment(UUID.randomUUID().toString(), cycleKey, step,
                form.meetingDate(), form.paragraph(),
                titleOrDefault(item.title()),
                ItemKind.of(item.kind()).orElse(ItemKind.POSITION), rusAreas(item.rusAreas()), form.position(),
                form.consensus(), form.noDissentNote(), form.minutesUrl(), form.dissents(), recordedBy,
                OffsetDateTime.now(deadlines.clock()), body, List.of());
        repository.insert(treatment);
        return treatment;
    }

    /** The item's title as the PM gives it, or what the PM is about when it gives none. */
    static String titleOrDefault(String title) {
        return title == null || title.isBlank() ? "Genomförandeplan för länsgemensam påverkansagenda" : title.trim();
    }

    /** The minutes extract of a treatment has been written and stored as these documents. */
    void minutesWritten(Treatment treatment, List<String> documentIds) {
        repository.minutesWritten(treatment.id(), documentIds);
    }

    public Optional<Treatment> latest(String cycleKey, Step step) {
        return repository.latest(cycleKey, step);
    }

    public List<Treatment> ofCycle(String cycleKey) {
        return repository.ofCycle(cycleKey);
    }

    /** Each treatment of the cycle in one Swedish line, for the timeline and its PDF. */
    public List<String> decisionLines(String cycleKey) {
        return ofCycle(cycleKey).stream().map(TreatmentService::decisionLine).toList();
    }

    static String decisionLine(Treatment treatment) {
        String dissents = switch (treatment.dissents().size()) {
            case 0 -> "inga avvikande synpunkter";
            case 1 -> "1 avvikande synpunkt (" + treatment.dissents().get(0).author() + ")";
            default -> treatment.dissents().size() + " avvikande synpunkter (" + treatment.dissents().stream()
                    .map(Treatment.Dissent::author).collect(Collectors.joining(", ")) + ")";
        };
        return "Steg " + treatment.step().number() + ", " + treatment.bodyName() + " "
                + SwedishDates.day(treatment.meetingDate())
                + (treatment.paragraph() == null ? "" : ", § " + treatment.paragraph()) + ": "
                + treatment.itemKind().swedishName().toLowerCase(Locale.ROOT) + " om " + treatment.itemTitle()
                + ", " + (treatment.consensus() ? "i konsensus" : "inte i konsensus") + ", " + dissents + ". Beslut: "
                + shortened(treatment.position());
    }

    /** A position as one line of at most 200 characters. */
    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= 200 ? line : line.substring(0, 199).trim() + "…";
    }

    /** The RUS area codes, however the client sent the checklist. */
    private static List<String> rusAreas(Object value) {
        List<String> areas = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> areas.add(String.valueOf(item)));
        } else if (value != null) {
            String text = value.toString().trim();
            try {
                JsonNode json = JSON.readTree(text);
                if (json.isArray()) {
                    json.forEach(item -> areas.add(item.asText()));
                    return areas;
                }
            } catch (Exception notJson) {
                // a list written as text: "RUS-1, RUS-2"
            }
            for (String part : text.split("\\s*,\\s*")) {
                if (!part.isBlank()) {
                    areas.add(part);
                }
            }
        }
        return areas;
    }
}
