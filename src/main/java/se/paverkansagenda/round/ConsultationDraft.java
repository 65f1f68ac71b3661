package se.paverkansagenda.round;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The consultation draft (remissversion): the agenda version frozen when the consultation opened, the
 * ids of its PDF and Word documents in the document store, and its sections as they stood then. Every
 * request of the consultation carries it; a statement may name the sections it concerns.
 */
public record ConsultationDraft(String cycleKey, int version, OffsetDateTime frozenAt, String pdfDocumentId,
                                String docxDocumentId, List<Section> sections) {

    /** A section of the draft: its key (the same across agenda versions), place and heading. */
    public record Section(String key, int position, String title) {
    }

    public List<String> documentIds() {
        return List.of(pdfDocumentId, docxDocumentId);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst();
    }
}
