package se.paverkansagenda.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A saved agenda: the whole text as ordered sections, who saved it and when. Ready to render as a document. */
public record AgendaVersion(String cycleKey, int number, String author, OffsetDateTime savedAt, String note,
                            List<AgendaSection> sections) {

    public Optional<AgendaSection> section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst();
    }
}
