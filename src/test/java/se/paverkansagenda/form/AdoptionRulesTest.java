package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.process.AgendaProcess;

class AdoptionRulesTest {

    private static final String ADOPT = AgendaProcess.DECISION_ADOPT;
    private static final String SEND_BACK = AgendaProcess.DECISION_SEND_BACK;

    @Test
    void anAdoptionWithParagraphAndDateIsAccepted() {
        assertThatCode(() -> AdoptionRules.check(ADOPT, "§ 45", "2021-02-15", null)).doesNotThrowAnyException();
    }

    @Test
    void anAdoptionNamesWhatIsMissingFromTheMinutes() {
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, "", "2021-02-15", null))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("En fastställd agenda behöver paragrafnummer (§) ur protokollet.");
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, "§ 45", null, null))
                .hasMessage("En fastställd agenda behöver beslutsdatum ur protokollet.");
        assertThatThrownBy(() -> AdoptionRules.check(ADOPT, null, " ", "Klart"))
                .hasMessage("En fastställd agenda behöver paragrafnummer (§) och beslutsdatum ur protokollet.");
    }

    @Test
    void sendingBackNeedsACommentButNoParagraphOrDate() {
        assertThatThrownBy(() -> AdoptionRules.check(SEND_BACK, "§ 12", "2021-02-15", ""))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("En agenda som återsänds behöver en kommentar om vad som ska arbetas om.");
        assertThatCode(() -> AdoptionRules.check(SEND_BACK, null, null, "Kortare och tydligare prioriteringar"))
                .doesNotThrowAnyException();
    }

    @Test
    void theDecisionMustBeOneTheProcessKnows() {
        assertThatThrownBy(() -> AdoptionRules.check(AgendaProcess.DECISION_PENDING, "§ 45", "2021-02-15", "x"))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Välj om agendan fastställs eller återsänds.");
    }
}
