package se.paverkansagenda.answer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sections of the consultation draft each statement says it concerns, by section key. */
@Repository
class StatementSectionRepository {

    private final JdbcClient jdbc;

    StatementSectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String requestId, Collection<String> sectionKeys) {
        jdbc.sql("DELETE FROM statement_section WHERE request_id = :request").param("request", requestId).update();
        for (String key : sectionKeys) {
            jdbc.sql("INSERT INTO statement_section (request_id, section_key) VALUES (:request, :key)")
                    .param("request", requestId).param("key", key).update();
        }
    }

    List<String> of(String requestId) {
        return jdbc.sql("SELECT section_key FROM statement_section WHERE request_id = :request ORDER BY section_key")
                .param("request", requestId).query(String.class).list();
    }

    /** The named sections of each statement of the cycle's consultation, by request id. */
    Map<String, List<String>> ofCycle(String cycleKey) {
        Map<String, List<String>> byRequest = new LinkedHashMap<>();
        jdbc.sql("SELECT s.request_id, s.section_key FROM statement_section s JOIN round_request r ON r.id = s.request_id"
                        + " WHERE r.cycle_key = :cycle ORDER BY s.request_id, s.section_key")
                .param("cycle", cycleKey)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(entry -> byRequest.computeIfAbsent(entry.getKey(), key -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return byRequest;
    }
}
