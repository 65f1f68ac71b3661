package se.paverkansagenda.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.form.FormRuleViolation;

/** The RSR treatment form as the server reads it from Tasklist, the REST API and scripts. */
class RsrTreatmentFormTest {

    private static final List<Treatment.Dissent> TWO_DISSENTS = List.of(
            new Treatment.Dissent("Bergs kommun", " För kort tid för inspel. "),
            new Treatment.Dissent("", null),
            new Treatment.Dissent("Härjedalens kommun", "Ta med samverkan med Trøndelag, ŋ och š."),
            new Treatment.Dissent(null, null));

    @Test
    void aPositionWithoutConsensusKeepsItsDissentsInOrderAndDropsEmptyRows() {
        RsrTreatmentForm form = RsrTreatmentForm.read("2027-05-03", "§ 23", " RSR ställer sig bakom planen. ", "NO",
                TWO_DISSENTS, null, "https://rsr.example/protokoll.pdf");

        assertThat(form.meetingDate()).isEqualTo(LocalDate.parse("2027-05-03"));
        assertThat(form.paragraph()).isEqualTo("23");
        assertThat(form.position()).isEqualTo("RSR ställer sig bakom planen.");
        assertThat(form.consensus()).isFalse();
        assertThat(form.dissents()).containsExactly(
                new Treatment.Dissent("Bergs kommun", "För kort tid för inspel."),
                new Treatment.Dissent("Härjedalens kommun", "Ta med samverkan med Trøndelag, ŋ och š."));
    }

    @Test
    void theDateMayComeAsADate() {
        Date may3 = Date.from(LocalDate.parse("2027-05-03").atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant());

        RsrTreatmentForm form = RsrTreatmentForm.read(may3, "7", "Noterat.", "YES",
                List.of(new Treatment.Dissent("Länsstyrelsen", "Vill se fler mål.")), null, null);

        assertThat(form.meetingDate()).isEqualTo(LocalDate.parse("2027-05-03"));
        assertThat(form.consensus()).isTrue();
        assertThat(form.dissents()).extracting(Treatment.Dissent::author).containsExactly("Länsstyrelsen");
    }

    @Test
    void aHalfFilledRowIsRefusedNamingTheRow() {
        List<Treatment.Dissent> rows = List.of(new Treatment.Dissent("Bergs kommun", "Ja"), new Treatment.Dissent("K", " "));

        assertThatThrownBy(() -> RsrTreatmentForm.read("2027-05-03", "1", "Text", "NO", rows, null, null))
                .isInstanceOf(FormRuleViolation.class).hasMessage(
                        "Avvikande synpunkt 2: skriv synpunkten som den ska stå i protokollet.");
        assertThatThrownBy(() -> RsrTreatmentForm.read("2027-05-03", "1", "Text", "NO",
                List.of(new Treatment.Dissent(null, "Utan avsändare")), null, null))
                .hasMessageContaining("Avvikande synpunkt 1: skriv vilken organisation eller ledamot");
    }

    @Test
    void withoutConsensusTheDissentsOrANoteWhyThereAreNoneAreNeeded() {
        assertThatThrownBy(() -> RsrTreatmentForm.read("2027-05-03", "1", "Text", "NO", List.of(), " ", null))
                .isInstanceOf(FormRuleViolation.class).hasMessageContaining("inte i konsensus");

        RsrTreatmentForm noted = RsrTreatmentForm.read("2027-05-03", "1", "Text", "NO", List.of(),
                "Ingen begärde att få en avvikande synpunkt antecknad.", null);
        assertThat(noted.noDissentNote()).isEqualTo("Ingen begärde att få en avvikande synpunkt antecknad.");
        assertThat(noted.dissents()).isEmpty();
    }

    @Test
    void aDateParagraphConsensusOrLinkOfAnotherShapeIsRefusedNotReinterpreted() {
        assertThatThrownBy(() -> RsrTreatmentForm.read("8/7/2027", "1", "Text", "YES", List.of(), null, null))
                .hasMessage("Sammanträdesdatum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
        assertThatThrownBy(() -> RsrTreatmentForm.read(null, "1", "Text", "YES", List.of(), null, null))
                .hasMessageContaining("Sammanträdesdatum");
        assertThatThrownBy(() -> RsrTreatmentForm.read("2027-05-03", "fyrtiofem", "Text", "YES", List.of(), null, null))
                .hasMessageContaining("Paragraf i protokollet");
        assertThatThrownBy(() -> RsrTreatmentForm.read("2027-05-03", "4", "Text", "MAYBE", List.of(), null, null))
                .hasMessageContaining("konsensus");
        assertThatThrownBy(() -> RsrTreatmentForm.read("2027-05-03", "4", "Text", "YES", List.of(), null, "javascript:alert(1)"))
                .hasMessageContaining("https://");
    }
}
