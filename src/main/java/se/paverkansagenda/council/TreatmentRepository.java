package se.paverkansagenda.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.paverkansagenda.plan.Step;

@Repository
public class TreatmentRepository {

    private final JdbcClient jdbc;

    public TreatmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Treatment treatment) {
        jdbc.sql("""
                INSERT INTO council_treatment (id, cycle_key, step, meeting_date, paragraph, item_title, item_kind,
                    rus_areas, position_text, consensus, no_dissent_note, minutes_url, recorded_by, recorded_at, body)
                VALUES (:id, :cycle, :step, :date, :paragraph, :title, :kind, :areas, :position, :consensus, :note,
                    :url, :by, :at, :body)""")
                .param("id", treatment.id())
                .param("cycle", treatment.cycleKey())
                .param("step", treatment.step().name())
                .param("date", treatment.meetingDate())
                .param("paragraph", treatment.paragraph())
                .param("title", treatment.itemTitle())
                .param("kind", treatment.itemKind().name())
                .param("areas", String.join("\n", treatment.rusAreas()))
                .param("position", treatment.position())
                .param("consensus", treatment.consensus())
                .param("note", treatment.noDissentNote())
                .param("url", treatment.minutesUrl())
                .param("by", treatment.recordedBy())
                .param("at", treatment.recordedAt())
                .param("body", treatment.body())
                .update();
        for (int i = 0; i < treatment.dissents().size(); i++) {
            Treatment.Dissent dissent = treatment.dissents().get(i);
            jdbc.sql("INSERT INTO council_dissent (treatment_id, position, author, opinion) VALUES (:id, :pos, :author, :opinion)")
                    .param("id", treatment.id())
                    .param("pos", i + 1)
                    .param("author", dissent.author())
                    .param("opinion", dissent.opinion())
                    .update();
        }
    }

    /** The stored documents of the minutes extract written of the treatment. */
    public void minutesWritten(String treatmentId, List<String> documentIds) {
        jdbc.sql("UPDATE council_treatment SET minutes_documents = :ids WHERE id = :id")
                .param("ids", String.join("\n", documentIds))
                .param("id", treatmentId)
                .update();
    }

    /** The step's latest treatment in the cycle: a step that ran again keeps its earlier records too. */
    public Optional<Treatment> latest(String cycleKey, Step step) {
        return jdbc.sql("""
                SELECT * FROM council_treatment WHERE cycle_key = :cycle AND step = :step
                ORDER BY recorded_at DESC, id FETCH FIRST 1 ROWS ONLY""")
                .param("cycle", cycleKey)
                .param("step", step.name())
                .query(this::treatment)
                .optional();
    }

    /** Every treatment of the cycle, in the order they were recorded. */
    public List<Treatment> ofCycle(String cycleKey) {
        return jdbc.sql("SELECT * FROM council_treatment WHERE cycle_key = :cycle ORDER BY recorded_at, id")
                .param("cycle", cycleKey)
                .query(this::treatment)
                .list();
    }

    private Treatment treatment(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        String areas = rs.getString("rus_areas");
        return new Treatment(id, rs.getString("cycle_key"), Step.valueOf(rs.getString("step")),
                rs.getObject("meeting_date", LocalDate.class), rs.getString("paragraph"), rs.getString("item_title"),
                ItemKind.valueOf(rs.getString("item_kind")),
                areas.isEmpty() ? List.of() : Arrays.asList(areas.split("\n")), rs.getString("position_text"),
                rs.getBoolean("consensus"), rs.getString("no_dissent_note"), rs.getString("minutes_url"),
                dissentsOf(id), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("body"), lines(rs.getString("minutes_documents")));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private List<Treatment.Dissent> dissentsOf(String treatmentId) {
        return jdbc.sql("SELECT author, opinion FROM council_dissent WHERE treatment_id = :id ORDER BY position")
                .param("id", treatmentId)
                .query((rs, row) -> new Treatment.Dissent(rs.getString(1), rs.getString(2)))
                .list();
    }
}
