package se.paverkansagenda.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.InvalidPlanException;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;

/** A plan's deadline on a weekend or Swedish public holiday is reported, and the plan's rule decides whether it moves. */
class PlanDeadlineRuleTest {

    private static final String RULE = "deadlines:\n  moveToNextBusinessDay: false\n";

    @Test
    void theSeedPlanKeepsItsSaturdayDeadlineBecauseItSaysSo() {
        Plan seed = PlanParser.parse(DefaultPlan.yaml());

        assertThat(seed.datesOf(Step.WRITE_AGENDA).end()).isEqualTo(LocalDate.parse("2020-12-19"));
    }

    @Test
    void withoutTheRuleEveryDeadlineOnANonBusinessDayIsReportedWithTheDayItWouldMoveTo() {
        String plan = withoutRule().replace("INPUT_ROUND:             { start: 2020-05-08, end: 2020-10-02 }",
                "INPUT_ROUND:             { start: 2020-05-08, end: 2020-06-19 }");

        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> PlanParser.parse(plan));

        assertThat(refused.violations()).containsExactly(
                "steps.INPUT_ROUND.end: 2020-06-19 är en helgdag (Midsommarafton), ingen arbetsdag; ange"
                        + " deadlines.moveToNextBusinessDay: true för att flytta tidsgränsen till 2020-06-22 eller false"
                        + " för att behålla den",
                "steps.WRITE_AGENDA.end: 2020-12-19 är en lördag, ingen arbetsdag; ange"
                        + " deadlines.moveToNextBusinessDay: true för att flytta tidsgränsen till 2020-12-21 eller false"
                        + " för att behålla den");
    }

    @Test
    void withTheRuleDeadlinesMoveToTheNextBusinessDayAndASingleDayStepMovesAsAWhole() {
        String plan = DefaultPlan.yaml().replace(RULE, "deadlines:\n  moveToNextBusinessDay: true\n")
                .replace("ADOPTION:                { start: 2021-01-01, end: 2021-03-31 }",
                        "ADOPTION:                { start: 2021-01-01, end: 2021-04-02 }")
                .replace("WORKSHOP:                { date: 2020-11-09 }", "WORKSHOP:                { date: 2020-11-07 }")
                .replace("CONSULTATION:            { start: 2020-12-19, end: 2021-01-29 }",
                        "CONSULTATION:            { start: 2020-12-19, end: 2021-01-06 }");

        Plan moved = PlanParser.parse(plan);

        assertThat(moved.datesOf(Step.WRITE_AGENDA)).isEqualTo(new StepDates(d("2020-11-09"), d("2020-12-21")));
        assertThat(moved.datesOf(Step.ADOPTION)).isEqualTo(new StepDates(d("2021-01-01"), d("2021-04-06")));
        assertThat(moved.datesOf(Step.WORKSHOP)).isEqualTo(StepDates.on(d("2020-11-09")));
        assertThat(moved.datesOf(Step.CONSULTATION)).isEqualTo(new StepDates(d("2020-12-19"), d("2021-01-07")));
        assertThat(moved.datesOf(Step.INPUT_ROUND)).isEqualTo(new StepDates(d("2020-05-08"), d("2020-10-02")));
    }

    @Test
    void theRuleMustBeTrueOrFalse() {
        String plan = DefaultPlan.yaml().replace(RULE, "deadlines:\n  moveToNextBusinessDay: ja\n  grace: 2\n");

        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> PlanParser.parse(plan));

        assertThat(refused.violations()).contains(
                "deadlines.moveToNextBusinessDay: 'ja' är varken true eller false; ange om en tidsgräns på en helgdag"
                        + " flyttas till nästa arbetsdag",
                "deadlines.grace: okänt fält");
    }

    private static String withoutRule() {
        String seed = DefaultPlan.yaml();
        assertThat(seed).contains(RULE);
        return seed.replace(RULE, "");
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
