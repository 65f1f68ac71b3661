package se.paverkansagenda.workshop;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.form.FormRuleViolation;

class WorkshopRulesTest {

    @Test
    void upToTheCapIsAccepted() {
        assertThatCode(() -> WorkshopRules.check(1, 5, "PA-JH-2020")).doesNotThrowAnyException();
        assertThatCode(() -> WorkshopRules.check(5, 5, "PA-JH-2020")).doesNotThrowAnyException();
    }

    @Test
    void moreThanTheCapIsRefused() {
        assertThatThrownBy(() -> WorkshopRules.check(6, 5, "PA-JH-2020"))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Workshopen har prioriterat 6 frågor, men genomförandeplanen tillåter högst 5.");
    }

    @Test
    void atLeastOneIssueIsPrioritised() {
        assertThatThrownBy(() -> WorkshopRules.check(0, 5, "PA-JH-2020"))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Workshopen behöver prioritera minst en fråga: spara listan på workshopsidan "
                        + "/api/cykel/PA-JH-2020/workshop innan uppgiften slutförs.");
    }
}
