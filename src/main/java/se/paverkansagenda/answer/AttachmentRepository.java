package se.paverkansagenda.answer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AttachmentRepository {

    private static final String COLUMNS = "id, request_id, file_name, media_type, size_bytes, uploaded_at";

    private final JdbcClient jdbc;

    public AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Attachment> findByRequest(String requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statement_attachment WHERE request_id = :request"
                        + " ORDER BY uploaded_at, file_name")
                .param("request", requestId)
                .query(AttachmentRepository::map)
                .list();
    }

    /** The file's content, only if it is attached to that request. */
    public Optional<byte[]> content(String requestId, String attachmentId) {
        return jdbc.sql("SELECT content FROM statement_attachment WHERE id = :id AND request_id = :request")
                .param("id", attachmentId)
                .param("request", requestId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    public Optional<Attachment> find(String requestId, String attachmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statement_attachment WHERE id = :id AND request_id = :request")
                .param("id", attachmentId)
                .param("request", requestId)
                .query(AttachmentRepository::map)
                .optional();
    }

    /** Adds the file unless the request has one with the same content; call with the request's row locked. */
    public void addOnce(String requestId, UploadedFile file, OffsetDateTime at) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM statement_attachment WHERE request_id = :request AND sha256 = :sha")
                .param("request", requestId)
                .param("sha", file.sha256())
                .query(Integer.class).single() > 0;
        if (present) {
            return;
        }
        jdbc.sql("""
                INSERT INTO statement_attachment (id, request_id, file_name, media_type, size_bytes, sha256, content,
                    uploaded_at)
                VALUES (:id, :request, :name, :type, :size, :sha, :content, :at)""")
                .param("id", UUID.randomUUID().toString())
                .param("request", requestId)
                .param("name", file.fileName())
                .param("type", file.type().mediaType())
                .param("size", file.content().length)
                .param("sha", file.sha256())
                .param("content", file.content())
                .param("at", at)
                .update();
    }

    public void remove(String requestId, Collection<String> attachmentIds) {
        for (String id : attachmentIds) {
            jdbc.sql("DELETE FROM statement_attachment WHERE id = :id AND request_id = :request")
                    .param("id", id)
                    .param("request", requestId)
                    .update();
        }
    }

    private static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getString("id"), rs.getString("request_id"), rs.getString("file_name"),
                AttachmentType.ofMediaType(rs.getString("media_type")), rs.getInt("size_bytes"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
