package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** The plan's period of the steering group's report: checked, with monthly reports when the plan says nothing. */
class SteeringReportRuleTest {

    private static final String RULE = "steeringReport:\n  every: P1M\n";

    @Test
    void theSeedPlanReportsMonthlyAndAPlanWithoutTheRuleToo() {
        assertThat(PlanParser.parse(DefaultPlan.yaml()).steeringReport().every()).isEqualTo(Period.ofMonths(1));
        assertThat(DefaultPlan.yaml()).contains(RULE);
        assertThat(PlanParser.parse(DefaultPlan.yaml().replace(RULE, "")).steeringReport().timeCycle()).isEqualTo("R/P1M");
    }

    @Test
    void weeksAndQuartersAreEngineTimeCycles() {
        assertThat(parse("P2W").timeCycle()).isEqualTo("R/P14D");
        assertThat(parse("P3M").timeCycle()).isEqualTo("R/P3M");
        assertThat(parse("P1W").every()).isEqualTo(Period.ofDays(7));
    }

    @Test
    void aPeriodThatIsNoPeriodOrShorterThanAWeekIsReportedWithItsField() {
        assertThat(refused("every: monthly")).startsWith("steeringReport.every: 'monthly' är ingen period")
                .contains("P1M", "P2W");
        assertThat(refused("every: P3D")).startsWith("steeringReport.every: 'P3D' är kortare än en vecka");
        assertThat(refused("every: PT12H")).startsWith("steeringReport.every: 'PT12H' är ingen period");
        assertThat(refused("every: P-1M")).startsWith("steeringReport.every: 'P-1M' är kortare än en vecka");
        assertThat(refused("every: P0D")).startsWith("steeringReport.every: 'P0D' är kortare än en vecka");
        assertThat(refused("every: [P1M]")).startsWith("steeringReport.every: ska vara en text");
        assertThat(refused("every:")).startsWith("steeringReport.every: saknas");
        assertThat(refused("often: P1M\n  every: P1M")).startsWith("steeringReport.often: okänt fält");
    }

    private static Plan.SteeringReport parse(String every) {
        return PlanParser.parse(DefaultPlan.yaml().replace(RULE, "steeringReport:\n  every: " + every + "\n")).steeringReport();
    }

    private static String refused(String rule) {
        InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanParser.parse(DefaultPlan.yaml().replace(RULE, "steeringReport:\n  " + rule + "\n")));
        return assertThat(refused.violations()).hasSize(1).actual().get(0);
    }
}
