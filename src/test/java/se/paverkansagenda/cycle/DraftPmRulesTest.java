package se.paverkansagenda.cycle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.form.FormRuleViolation;

class DraftPmRulesTest {

    @Test
    void textOrDocumentLinkIsEnough() {
        assertThatCode(() -> DraftPmRules.check("Förslag till struktur …", null)).doesNotThrowAnyException();
        assertThatCode(() -> DraftPmRules.check("", "https://intranat.regionjh.example/pm.docx"))
                .doesNotThrowAnyException();
    }

    @Test
    void neitherTextNorDocumentLinkIsRefused() {
        assertThatThrownBy(() -> DraftPmRules.check(" ", ""))
                .isInstanceOf(FormRuleViolation.class)
                .hasMessage("Skriv PM:et i textfältet eller ange en länk till PM-dokumentet.");
    }
}
