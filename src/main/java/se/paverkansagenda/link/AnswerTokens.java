package se.paverkansagenda.link;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.web.LinkSecrets;

/**
 * The tokens of the personal answer links: 128 random bits each, valid for one request, kept only
 * as a SHA-256 hash so that the database alone opens no link.
 */
@Component
public class AnswerTokens {

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;

    public AnswerTokens(JdbcClient jdbc, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /**
     * A new token for the request. It is kept in a transaction of its own: the mail that carries it
     * may be sent before the job that sends it commits.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String mint(String requestId) {
        String token = LinkSecrets.fresh();
        jdbc.sql("INSERT INTO answer_token (token_hash, request_id, created_at) VALUES (:hash, :request, :at)")
                .param("hash", LinkSecrets.hash(token))
                .param("request", requestId)
                .param("at", OffsetDateTime.now(deadlines.clock()))
                .update();
        return token;
    }

    /** The request the token opens, if it is one of ours. */
    public Optional<String> requestOf(String token) {
        if (!LinkSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT request_id FROM answer_token WHERE token_hash = :hash")
                .param("hash", LinkSecrets.hash(token))
                .query(String.class)
                .optional();
    }

}
