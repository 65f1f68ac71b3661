package se.paverkansagenda.agenda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

class AdoptionRulesTest {

    private static final String ADOPT = AgendaProcess.DECISION_ADOPT;
    private static final String SEND_BACK = AgendaProcess.DECISION_SEND_BACK;
    private static final String BODY = "REGIONAL_EXECUTIVE_BOARD";

    @Test
    void anAdoptionWithParagraphAndDateIsAccepted() {
        assertThatCode(() -> AdoptionRules.check(ADOPT, BODY, "§ 45", "2021-02-15", null)).doesNotThrowAnyException();
    }

    @Test
    void anAdoptionNamesWhatIsMissingFromTheMinutes() {
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, BODY, "", "2021-02-15", null))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("En fastställd agenda behöver paragrafnummer (§) ur protokollet.");
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, BODY, "§ 45", null, null))
                .hasMessage("En fastställd agenda behöver beslutsdatum ur protokollet.");
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, BODY, null, " ", "Klart"))
                .hasMessage("En fastställd agenda behöver paragrafnummer (§) och beslutsdatum ur protokollet.");
    }

    @Test
    void anAdoptionNamesTheDecidingBodyTheProcessKnowsAndADateThatIsOne() {
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, "STYRELSEN", "§ 45", "2021-02-15", null))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("En fastställd agenda behöver beslutande organ ur protokollet.");
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, null, "", null, null))
                .hasMessage("En fastställd agenda behöver beslutande organ, paragrafnummer (§) och beslutsdatum ur protokollet.");
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, BODY, "§ 45", "15/2 2021", null))
                .hasMessage("Beslutsdatumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-02-15.");
    }

    @Test
    void sendingBackNeedsACommentButNoParagraphOrDate() {
        assertThatThrownBy(() -> AdoptionRules.check(SEND_BACK, null, "§ 12", "2021-02-15", ""))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("En agenda som återsänds behöver en kommentar om vad som ska arbetas om.");
        assertThatCode(() -> AdoptionRules.check(SEND_BACK, null, null, null, "Kortare och tydligare prioriteringar"))
                .doesNotThrowAnyException();
    }

    @Test
    void theDecisionMustBeOneTheProcessKnows() {
        assertThatThrownBy(() -> AdoptionRules.check(AgendaProcess.DECISION_PENDING, BODY, "§ 45", "2021-02-15", "x"))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Välj om agendan fastställs eller återsänds.");
    }
}
