package se.paverkansagenda.agenda;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AgendaRepository {

    private final JdbcClient jdbc;

    public AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int latestNumber(String cycleKey) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM agenda_version WHERE cycle_key = :cycle")
                .param("cycle", cycleKey).query(Integer.class).single();
    }

    /** Every version of the agenda, oldest first, each with its sections. */
    public List<AgendaVersion> versions(String cycleKey) {
        List<VersionedSection> tagged = jdbc.sql("""
                SELECT version, section_key, position, origin, issue_id, title, body FROM agenda_section
                WHERE cycle_key = :cycle ORDER BY version, position""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new VersionedSection(rs.getInt(1), new AgendaSection(rs.getString(2), rs.getInt(3),
                        SectionOrigin.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7))))
                .list();
        return jdbc.sql("""
                SELECT number, author, saved_at, note FROM agenda_version WHERE cycle_key = :cycle ORDER BY number""")
                .param("cycle", cycleKey)
                .query((rs, row) -> {
                    int number = rs.getInt(1);
                    return new AgendaVersion(cycleKey, number, rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4), tagged.stream().filter(s -> s.version() == number)
                            .map(VersionedSection::section).toList());
                })
                .list();
    }

    private record VersionedSection(int version, AgendaSection section) {
    }

    /** Holds the cycle's row until the transaction ends, so that changes to its agenda run one after the other. */
    public void lock(String cycleKey) {
        jdbc.sql("SELECT business_key FROM cycle WHERE business_key = :cycle FOR UPDATE").param("cycle", cycleKey)
                .query(String.class).optional();
    }

    /** Stores the version; call with the cycle locked, after checking its number is the next. */
    public void insert(AgendaVersion version) {
        jdbc.sql("""
                INSERT INTO agenda_version (cycle_key, number, author, saved_at, note)
                VALUES (:cycle, :number, :author, :at, :note)""")
                .param("cycle", version.cycleKey()).param("number", version.number())
                .param("author", version.author()).param("at", version.savedAt()).param("note", version.note())
                .update();
        for (AgendaSection section : version.sections()) {
            jdbc.sql("""
                    INSERT INTO agenda_section (cycle_key, version, position, section_key, origin, issue_id, title, body)
                    VALUES (:cycle, :version, :position, :key, :origin, :issue, :title, :body)""")
                    .param("cycle", version.cycleKey()).param("version", version.number())
                    .param("position", section.position()).param("key", section.key())
                    .param("origin", section.origin().name()).param("issue", section.issueId())
                    .param("title", section.title()).param("body", section.text())
                    .update();
        }
    }

    public AgendaDecision decision(String cycleKey) {
        return jdbc.sql("SELECT state, version, body, decided_on, paragraph FROM agenda_decision WHERE cycle_key = :cycle")
                .param("cycle", cycleKey)
                .query((rs, row) -> new AgendaDecision(AgendaDecision.State.valueOf(rs.getString(1)),
                        (Integer) rs.getObject(2), AdoptionBody.of(rs.getString(3)).orElse(null),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .optional().orElse(AgendaDecision.OPEN);
    }

    public void setDecision(String cycleKey, AgendaDecision decision, String user, OffsetDateTime at) {
        int updated = jdbc.sql("""
                UPDATE agenda_decision SET state = :state, version = :version, body = :body, decided_on = :on,
                    paragraph = :paragraph, registered_by = :user, registered_at = :at
                WHERE cycle_key = :cycle""")
                .params(decisionParams(cycleKey, decision, user, at))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO agenda_decision (cycle_key, state, version, body, decided_on, paragraph, registered_by,
                        registered_at)
                    VALUES (:cycle, :state, :version, :body, :on, :paragraph, :user, :at)""")
                    .params(decisionParams(cycleKey, decision, user, at))
                    .update();
        }
    }

    private static Map<String, Object> decisionParams(String cycleKey, AgendaDecision decision, String user,
                                                               OffsetDateTime at) {
        Map<String, Object> params = new HashMap<>();
        params.put("cycle", cycleKey);
        params.put("state", decision.state().name());
        params.put("version", decision.version());
        params.put("body", decision.body() == null ? null : decision.body().name());
        params.put("on", decision.decidedOn() == null ? null : Date.valueOf(decision.decidedOn()));
        params.put("paragraph", decision.paragraph());
        params.put("user", user);
        params.put("at", at);
        return params;
    }

    /** The sections a statement is linked to, and who linked them. */
    public List<StatementLink> links(String cycleKey) {
        return jdbc.sql("""
                SELECT request_id, section_key, linked_by, linked_at FROM statement_link WHERE cycle_key = :cycle
                ORDER BY section_key, linked_at""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new StatementLink(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** Links the statement to the section; call with the cycle locked, after checking it is not linked yet. */
    public void link(String cycleKey, String requestId, String sectionKey, String user, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO statement_link (cycle_key, request_id, section_key, linked_by, linked_at)
                VALUES (:cycle, :request, :section, :user, :at)""")
                .param("cycle", cycleKey).param("request", requestId).param("section", sectionKey)
                .param("user", user).param("at", at)
                .update();
    }

    public boolean unlink(String cycleKey, String requestId, String sectionKey) {
        return jdbc.sql("""
                DELETE FROM statement_link WHERE cycle_key = :cycle AND request_id = :request AND section_key = :section""")
                .param("cycle", cycleKey).param("request", requestId).param("section", sectionKey)
                .update() == 1;
    }

    public Optional<AgendaVersion> version(String cycleKey, int number) {
        return versions(cycleKey).stream().filter(v -> v.number() == number).findFirst();
    }
}
