package se.paverkansagenda.round;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consultation drafts, one per cycle, with their sections. */
@Repository
public class ConsultationDraftRepository {

    private final JdbcClient jdbc;

    public ConsultationDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ConsultationDraft draft) {
        jdbc.sql("INSERT INTO consultation_draft (cycle_key, version, frozen_at, pdf_document_id, docx_document_id)"
                        + " VALUES (:cycle, :version, :frozenAt, :pdf, :docx)")
                .param("cycle", draft.cycleKey())
                .param("version", draft.version())
                .param("frozenAt", draft.frozenAt())
                .param("pdf", draft.pdfDocumentId())
                .param("docx", draft.docxDocumentId())
                .update();
        for (ConsultationDraft.Section section : draft.sections()) {
            jdbc.sql("INSERT INTO consultation_draft_section (cycle_key, section_key, position, title)"
                            + " VALUES (:cycle, :key, :position, :title)")
                    .param("cycle", draft.cycleKey())
                    .param("key", section.key())
                    .param("position", section.position())
                    .param("title", section.title())
                    .update();
        }
    }

    public Optional<ConsultationDraft> find(String cycleKey) {
        List<ConsultationDraft.Section> sections = jdbc.sql("SELECT section_key, position, title FROM"
                        + " consultation_draft_section WHERE cycle_key = :cycle ORDER BY position")
                .param("cycle", cycleKey)
                .query((rs, row) -> new ConsultationDraft.Section(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT version, frozen_at, pdf_document_id, docx_document_id FROM consultation_draft"
                        + " WHERE cycle_key = :cycle")
                .param("cycle", cycleKey)
                .query((rs, row) -> new ConsultationDraft(cycleKey, rs.getInt(1),
                        rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3), rs.getString(4),
                        List.copyOf(sections)))
                .optional();
    }
}
