package se.paverkansagenda.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.form.FormRuleViolation;

/** A council's decision form (here RSR's) as the server reads it from Tasklist, the REST API and scripts. */
class DecisionFormTest {

    private static final DecisionForm.Rules RSR = new DecisionForm.Rules("RSR",
            Set.of("Bergs kommun", "Härjedalens kommun", "Länsstyrelsen"), true);
    private static final List<Treatment.Dissent> TWO_DISSENTS = List.of(
            new Treatment.Dissent("Bergs kommun", " För kort tid för inspel. "),
            new Treatment.Dissent("", null),
            new Treatment.Dissent("Härjedalens kommun", "Ta med samverkan med Trøndelag, ŋ och š."),
            new Treatment.Dissent(null, null));

    @Test
    void aPositionWithoutConsensusKeepsItsDissentsInOrderAndDropsEmptyRows() {
        DecisionForm form = DecisionForm.read(RSR, "2027-05-03", "§ 23", " RSR ställer sig bakom planen. ", "NO",
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

        DecisionForm form = DecisionForm.read(RSR, may3, "7", "Noterat.", "YES",
                List.of(new Treatment.Dissent("Länsstyrelsen", "Vill se fler mål.")), null, null);

        assertThat(form.meetingDate()).isEqualTo(LocalDate.parse("2027-05-03"));
        assertThat(form.consensus()).isTrue();
        assertThat(form.dissents()).extracting(Treatment.Dissent::author).containsExactly("Länsstyrelsen");
    }

    @Test
    void aHalfFilledRowIsRefusedNamingTheRow() {
        List<Treatment.Dissent> rows = List.of(new Treatment.Dissent("Bergs kommun", "Ja"), new Treatment.Dissent("K", " "));

        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "1", "Text", "NO", rows, null, null))
                .isInstanceOf(FormRuleViolation.class).hasMessage(
                        "Avvikande synpunkt 2: skriv synpunkten som den ska stå i protokollet.");
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "1", "Text", "NO",
                List.of(new Treatment.Dissent(null, "Utan avsändare")), null, null))
                .hasMessageContaining("Avvikande synpunkt 1: skriv vilken organisation eller ledamot");
    }

    @Test
    void withoutConsensusTheDissentsOrANoteWhyThereAreNoneAreNeeded() {
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "1", "Text", "NO", List.of(), " ", null))
                .isInstanceOf(FormRuleViolation.class).hasMessageContaining("inte i konsensus");

        DecisionForm noted = DecisionForm.read(RSR, "2027-05-03", "1", "Text", "NO", List.of(),
                "Ingen begärde att få en avvikande synpunkt antecknad.", null);
        assertThat(noted.noDissentNote()).isEqualTo("Ingen begärde att få en avvikande synpunkt antecknad.");
        assertThat(noted.dissents()).isEmpty();
    }

    @Test
    void aDateParagraphConsensusOrLinkOfAnotherShapeIsRefusedNotReinterpreted() {
        assertThatThrownBy(() -> DecisionForm.read(RSR, "8/7/2027", "1", "Text", "YES", List.of(), null, null))
                .hasMessage("Sammanträdesdatum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
        assertThatThrownBy(() -> DecisionForm.read(RSR, null, "1", "Text", "YES", List.of(), null, null))
                .hasMessageContaining("Sammanträdesdatum");
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "fyrtiofem", "Text", "YES", List.of(), null, null))
                .hasMessageContaining("Paragraf i protokollet");
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "4", "Text", "MAYBE", List.of(), null, null))
                .hasMessageContaining("konsensus");
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "4", "Text", "YES", List.of(), null, "javascript:alert(1)"))
                .hasMessageContaining("https://");
    }

    @Test
    void aDissentFromSomeoneWhoIsNotAMemberIsRefused() {
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "1", "Text", "NO",
                List.of(new Treatment.Dissent("Bergs kommun", "Ja"), new Treatment.Dissent("Okänd förening", "Nej")),
                null, null))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Avvikande synpunkt 2: ”Okänd förening” är ingen ledamot i RSR enligt planen; välj ledamoten i listan.");
    }

    @Test
    void aDissentWithoutTextIsRefusedEvenInConsensus() {
        assertThatThrownBy(() -> DecisionForm.read(RSR, "2027-05-03", "1", "Text", "YES",
                List.of(new Treatment.Dissent("Länsstyrelsen", "  ")), null, null))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Avvikande synpunkt 1: skriv synpunkten som den ska stå i protokollet.");
    }

    @Test
    void aParagraphMayBeLeftOutWhereTheBodyDoesNotNeedOne() {
        DecisionForm.Rules presidium = new DecisionForm.Rules("RUN:s presidium", Set.of("Region – Ordförande"), false);

        DecisionForm form = DecisionForm.read(presidium, "2027-04-30", " ", "Presidiet godkände förslaget.", "YES",
                List.of(), null, null);

        assertThat(form.paragraph()).isNull();
        assertThatThrownBy(() -> DecisionForm.read(presidium, "2027-04-30", "tolv", "Text", "YES", List.of(), null, null))
                .hasMessageContaining("Paragraf i protokollet");
    }
}
