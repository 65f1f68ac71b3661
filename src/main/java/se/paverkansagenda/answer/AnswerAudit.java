package se.paverkansagenda.answer;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who saved or submitted what, and when: every change to an answer leaves a row, and so does every
 * action officials take on a request (an answer registered for the recipient, a reminder, a new deadline).
 */
@Repository
public class AnswerAudit {

    public enum Action {
        SAVE("Utkast sparat"),
        SUBMIT("Svar inskickat"),
        CHANGE("Svar ändrat"),
        REGISTER("Svar registrerat av tjänsteperson"),
        REMIND("Påminnelse skickad"),
        EXTEND("Svarstiden förlängd");

        private final String swedishName;

        Action(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    /** One row of a request's audit trail. */
    public record Entry(Action action, String actor, OffsetDateTime at, String content) {
    }

    private final JdbcClient jdbc;

    public AnswerAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String requestId, Action action, String actor, OffsetDateTime at, String content) {
        jdbc.sql("""
                INSERT INTO answer_audit (request_id, action, actor, at, content)
                VALUES (:request, :action, :actor, :at, :content)""")
                .param("request", requestId)
                .param("action", action.name())
                .param("actor", actor)
                .param("at", at)
                .param("content", content)
                .update();
    }

    /** The request's audit trail, oldest first. */
    public List<Entry> of(String requestId) {
        return jdbc.sql("SELECT action, actor, at, content FROM answer_audit WHERE request_id = :request ORDER BY at")
                .param("request", requestId)
                .query((rs, row) -> new Entry(Action.valueOf(rs.getString("action")), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class), rs.getString("content")))
                .list();
    }

    public int count(String requestId, Action action) {
        return jdbc.sql("SELECT COUNT(*) FROM answer_audit WHERE request_id = :request AND action = :action")
                .param("request", requestId).param("action", action.name())
                .query(Integer.class).single();
    }
}
