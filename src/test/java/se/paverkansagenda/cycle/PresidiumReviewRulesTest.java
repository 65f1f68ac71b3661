package se.paverkansagenda.cycle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

class PresidiumReviewRulesTest {

    @Test
    void anApprovalNeedsNoComment() {
        assertThatCode(() -> PresidiumReviewRules.check(AgendaProcess.DECISION_APPROVE, null))
                .doesNotThrowAnyException();
    }

    @Test
    void sendingBackNeedsAComment() {
        assertThatThrownBy(() -> PresidiumReviewRules.check(AgendaProcess.DECISION_SEND_BACK, "  "))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Ett förslag som återsänds behöver en kommentar om vad som ska arbetas om.");
        assertThatCode(() -> PresidiumReviewRules.check(AgendaProcess.DECISION_SEND_BACK, "Förtydliga RUS-kopplingen"))
                .doesNotThrowAnyException();
    }

    @Test
    void theDecisionMustBeOneTheProcessKnows() {
        assertThatThrownBy(() -> PresidiumReviewRules.check(AgendaProcess.DECISION_PENDING, "Bra"))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Välj om förslaget godkänns eller återsänds.");
        assertThatThrownBy(() -> PresidiumReviewRules.check(null, null)).isInstanceOf(FormRuleViolation.class);
    }
}
