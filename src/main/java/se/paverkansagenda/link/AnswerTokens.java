package se.paverkansagenda.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.deadline.DeadlineService;

/**
 * The tokens of the personal answer links: 128 random bits each, valid for one request, kept only
 * as a SHA-256 hash so that the database alone opens no link.
 */
@Component
public class AnswerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9_-]{22}$");

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
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        jdbc.sql("INSERT INTO answer_token (token_hash, request_id, created_at) VALUES (:hash, :request, :at)")
                .param("hash", hash(token))
                .param("request", requestId)
                .param("at", OffsetDateTime.now(deadlines.clock()))
                .update();
        return token;
    }

    /** The request the token opens, if it is one of ours. */
    public Optional<String> requestOf(String token) {
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT request_id FROM answer_token WHERE token_hash = :hash")
                .param("hash", hash(token))
                .query(String.class)
                .optional();
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
