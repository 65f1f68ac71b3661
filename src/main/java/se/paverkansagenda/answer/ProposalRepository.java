package se.paverkansagenda.answer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProposalRepository {

    private final JdbcClient jdbc;

    public ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProposalRow> findByRequest(String requestId) {
        return jdbc.sql("""
                SELECT title, description, rus_area, decision_level, justification, contact_person
                FROM proposal WHERE request_id = :request ORDER BY position""")
                .param("request", requestId)
                .query((rs, row) -> new ProposalRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Every municipality's proposals in the cycle's input round, by municipality and number. */
    public List<CycleProposal> findByCycle(String cycleKey) {
        return jdbc.sql("""
                SELECT r.recipient_code, r.recipient_name, p.position, p.title, p.description, p.rus_area,
                    p.decision_level, p.justification
                FROM proposal p JOIN round_request r ON r.id = p.request_id
                WHERE r.cycle_key = :cycle AND r.round_kind = 'INPUT'
                ORDER BY r.recipient_name, p.position""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new CycleProposal(CycleProposal.id(rs.getString(1), rs.getInt(3)), rs.getString(1),
                        rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** Replaces the request's proposals with these; call with the request's row locked. */
    public void replace(String requestId, List<ProposalRow> rows) {
        jdbc.sql("DELETE FROM proposal WHERE request_id = :request").param("request", requestId).update();
        for (int i = 0; i < rows.size(); i++) {
            ProposalRow row = rows.get(i);
            jdbc.sql("""
                    INSERT INTO proposal (request_id, position, title, description, rus_area, decision_level,
                        justification, contact_person)
                    VALUES (:request, :position, :title, :description, :rusArea, :level, :justification, :contact)""")
                    .param("request", requestId)
                    .param("position", i + 1)
                    .param("title", row.getTitle())
                    .param("description", row.getDescription())
                    .param("rusArea", row.getRusArea())
                    .param("level", row.getDecisionLevel())
                    .param("justification", row.getJustification())
                    .param("contact", row.getContactPerson())
                    .update();
        }
    }
}
