package se.paverkansagenda.round;

import java.time.OffsetDateTime;
import java.util.Collection;
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

        /** "2. Digital infrastruktur". */
        public String label() {
            return position + ". " + title;
        }
    }

    public List<String> documentIds() {
        return List.of(pdfDocumentId, docxDocumentId);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst();
    }

    /** The keys named that the draft has, each once, in the draft's order. */
    public List<String> inDraftOrder(Collection<String> named) {
        return sections.stream().map(Section::key).filter(named::contains).toList();
    }

    /** The labels of the sections named, in the draft's order. */
    public List<String> labelsOf(Collection<String> named) {
        return sections.stream().filter(section -> named.contains(section.key())).map(Section::label).toList();
    }

    /**
     * Why the sections a statement names cannot be taken, if they cannot: a key that no section of the
     * draft has (a forged form), or sections named while no draft was frozen.
     */
    public static Optional<String> problemWith(Optional<ConsultationDraft> draft, Collection<String> named) {
        for (String key : named) {
            if (draft.flatMap(d -> d.section(key)).isEmpty()) {
                return Optional.of("Avsnittet " + key + " finns inte i remissversionen. Välj bland avsnitten i listan.");
            }
        }
        return Optional.empty();
    }
}
