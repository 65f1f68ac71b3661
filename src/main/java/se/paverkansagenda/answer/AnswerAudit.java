package se.paverkansagenda.answer;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who saved or submitted what, and when: every change to an answer leaves a row. */
@Repository
public class AnswerAudit {

    public enum Action { SAVE, SUBMIT, CHANGE }

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

    public int count(String requestId, Action action) {
        return jdbc.sql("SELECT COUNT(*) FROM answer_audit WHERE request_id = :request AND action = :action")
                .param("request", requestId).param("action", action.name())
                .query(Integer.class).single();
    }
}
