package se.paverkansagenda.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.round.ConsultationDraft;

/** What the adoption's record says of the version the consultation was held on. */
class ConsultedVersionTest {

    private static final ConsultationDraft VERSION_1 = new ConsultationDraft("PA-JH-2020", 1,
            OffsetDateTime.parse("2020-12-19T00:00:00+01:00"), "pdf", "docx",
            List.of(new ConsultationDraft.Section("fraga-1", 1, "Stambanan")));

    @Test
    void theAdoptedVersionWasConsultedOn() {
        assertThat(AdoptedAgendaDocuments.consulted(Optional.of(VERSION_1), 1))
                .contains("Samrådet hölls om denna version (remissversionen).");
    }

    @Test
    void aVersionRewrittenAfterTheConsultationSaysWhichOneWasConsultedOn() {
        assertThat(AdoptedAgendaDocuments.consulted(Optional.of(VERSION_1), 2)).contains(
                "Samrådet hölls om version 1 (remissversionen); version 2 har ändrats efter samrådet utan nytt samråd.");
    }

    @Test
    void aConsultationWithoutDraftSaysNothing() {
        assertThat(AdoptedAgendaDocuments.consulted(Optional.empty(), 2)).isEmpty();
    }
}
