package se.paverkansagenda.refgroup;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.web.LinkSecrets;

/**
 * The tokens of the members' personal links, as the answer links' are made: 128 random bits each, kept
 * only as a SHA-256 hash. A token opens the group of its member and nothing else.
 */
@Component
public class ReferenceGroupTokens {

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;

    public ReferenceGroupTokens(JdbcClient jdbc, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** A new token for the member, kept in a transaction of its own: its mail may go out before the job commits. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String mint(String memberId) {
        String token = LinkSecrets.fresh();
        jdbc.sql("INSERT INTO reference_group_token (token_hash, member_id, created_at) VALUES (:hash, :member, :at)")
                .param("hash", LinkSecrets.hash(token)).param("member", memberId).param("at", OffsetDateTime.now(deadlines.clock()))
                .update();
        return token;
    }

    /** The member and group the token opens, if it is one of ours and the member is still in the group. */
    public Optional<Holder> holderOf(String token) {
        if (!LinkSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT m.id, m.group_id, m.email FROM reference_group_token t
                JOIN reference_group_member m ON m.id = t.member_id
                WHERE t.token_hash = :hash AND m.removed = FALSE""")
                .param("hash", LinkSecrets.hash(token))
                .query((rs, row) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Who holds a token: the member, their group, their e-mail. */
    public record Holder(String memberId, String groupId, String email) {
    }

}
