package se.paverkansagenda.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Step;

/**
 * Every generated document, kept with its cycle, step, kind, format, version and checksum. Storing
 * takes part in the caller's transaction, so a job that fails leaves no document behind.
 */
@Service
public class DocumentStore {

    private static final String COLUMNS = "id, cycle_key, step, kind, format, version, sha256, size_bytes, created_at";
    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;

    public DocumentStore(JdbcClient jdbc, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /**
     * Stores the content as the next version of the cycle's documents of that kind and format; the step
     * is null for a document of the whole cycle.
     */
    public StoredDocument store(String cycleKey, Step step, DocumentKind kind, DocumentFormat format, byte[] content) {
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(cycleKey, step, kind, format, content);
            } catch (DuplicateKeyException versionTakenMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw versionTakenMeanwhile;
                }
            }
        }
    }

    /** Stores one document written as PDF and as Word (DOCX), each as its format's next version; PDF first. */
    public List<StoredDocument> storePdfAndDocx(String cycleKey, Step step, DocumentKind kind, byte[] pdf, byte[] docx) {
        return List.of(store(cycleKey, step, kind, DocumentFormat.PDF, pdf), store(cycleKey, step, kind, DocumentFormat.DOCX, docx));
    }

    /** Every document of the cycle, by kind, newest version first. */
    public List<StoredDocument> ofCycle(String cycleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE cycle_key = :cycle ORDER BY kind, version DESC, format")
                .param("cycle", cycleKey)
                .query(DocumentStore::map)
                .list();
    }

    /** The newest version of each format of the cycle's documents of that kind. */
    public List<StoredDocument> latest(String cycleKey, DocumentKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document d WHERE cycle_key = :cycle AND kind = :kind AND version ="
                        + " (SELECT MAX(version) FROM document o WHERE o.cycle_key = d.cycle_key AND o.kind = d.kind"
                        + " AND o.format = d.format) ORDER BY format")
                .param("cycle", cycleKey)
                .param("kind", kind.name())
                .query(DocumentStore::map)
                .list();
    }

    public Optional<StoredDocument> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = :id")
                .param("id", id)
                .query(DocumentStore::map)
                .optional();
    }

    /** The documents with these ids, in the order given; ids that are unknown are left out. */
    public List<StoredDocument> findAll(Collection<String> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public byte[] content(String id) {
        return jdbc.sql("SELECT content FROM document WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new UnknownDocumentException(id));
    }

    private StoredDocument insert(String cycleKey, Step step, DocumentKind kind, DocumentFormat format, byte[] content) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM document"
                        + " WHERE cycle_key = :cycle AND kind = :kind AND format = :format")
                .param("cycle", cycleKey)
                .param("kind", kind.name())
                .param("format", format.name())
                .query(Integer.class).single();
        StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), cycleKey, step, kind, format, version,
                sha256(content), content.length, OffsetDateTime.now(deadlines.clock()));
        jdbc.sql("""
                INSERT INTO document (id, cycle_key, step, kind, format, version, sha256, size_bytes, created_at, content)
                VALUES (:id, :cycle, :step, :kind, :format, :version, :sha, :size, :created, :content)""")
                .param("id", document.id())
                .param("cycle", cycleKey)
                .param("step", step == null ? null : step.name())
                .param("kind", kind.name())
                .param("format", format.name())
                .param("version", version)
                .param("sha", document.sha256())
                .param("size", document.sizeBytes())
                .param("created", document.createdAt())
                .param("content", content)
                .update();
        return document;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Step step(String name) {
        return name == null ? null : Step.valueOf(name);
    }

    private static StoredDocument map(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getString("id"), rs.getString("cycle_key"), step(rs.getString("step")),
                DocumentKind.valueOf(rs.getString("kind")), DocumentFormat.valueOf(rs.getString("format")),
                rs.getInt("version"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
