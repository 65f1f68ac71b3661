package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import se.paverkansagenda.plan.Plan.LateAnswers;

/** The plan's rule for answers that come after their deadline. */
class LateAnswersRuleTest {

    private static final String RULE = "lateAnswers: acceptUntilNextStep\n";

    @Test
    void theSeedPlanTakesLateAnswersUntilTheNextStepStarts() {
        assertThat(PlanParser.parse(DefaultPlan.yaml()).lateAnswers()).isEqualTo(LateAnswers.ACCEPT_UNTIL_NEXT_STEP);
    }

    @Test
    void aPlanMayRefuseLateAnswersAndOneWithoutTheRuleRefusesThem() {
        assertThat(PlanParser.parse(DefaultPlan.yaml().replace(RULE, "lateAnswers: refuse\n")).lateAnswers())
                .isEqualTo(LateAnswers.REFUSE);
        assertThat(PlanParser.parse(DefaultPlan.yaml().replace(RULE, "")).lateAnswers()).isEqualTo(LateAnswers.REFUSE);
    }

    @Test
    void anUnknownRuleIsReportedWithItsFieldAndTheRulesThereAre() {
        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanParser.parse(DefaultPlan.yaml().replace(RULE, "lateAnswers: ibland\n")));

        assertThat(refused.violations()).singleElement().asString()
                .startsWith("lateAnswers: 'ibland' är ingen regel för sena svar")
                .contains("acceptUntilNextStep", "refuse");
    }

    @Test
    void anEmptyRuleOrAListIsReported() {
        assertThat(catchThrowableOfType(InvalidPlanException.class,
                () -> PlanParser.parse(DefaultPlan.yaml().replace(RULE, "lateAnswers:\n"))).violations())
                .singleElement().asString().startsWith("lateAnswers: saknar värde");
        assertThat(catchThrowableOfType(InvalidPlanException.class,
                () -> PlanParser.parse(DefaultPlan.yaml().replace(RULE, "lateAnswers: [refuse]\n"))).violations())
                .singleElement().asString().startsWith("lateAnswers: ska vara en text");
    }
}
