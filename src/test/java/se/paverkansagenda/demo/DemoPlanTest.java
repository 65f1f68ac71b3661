package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;

class DemoPlanTest {

    private static final Plan SEED = PlanParser.parse(DefaultPlan.yaml());

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2026-11-23", "2027-03-26", "2028-02-29"})
    void startsTheFirstStepTodayAndKeepsEveryOtherDateOnAWeekdayInTheSeedsOrder(String day) {
        LocalDate today = LocalDate.parse(day);
        Plan demo = PlanParser.parse(DemoPlan.startingOn(today));

        assertThat(demo.datesOf(Step.DRAFT_PM).start()).isEqualTo(today);
        assertThat(demo.year()).isEqualTo(today.getYear());
        assertThat(demo.businessKey()).isEqualTo("PA-JH-" + today.getYear());
        long offset = ChronoUnit.DAYS.between(SEED.datesOf(Step.DRAFT_PM).start(), today);
        for (Step step : Step.values()) {
            StepDates seed = SEED.datesOf(step);
            StepDates moved = demo.datesOf(step);
            if (step != Step.DRAFT_PM) {
                assertMovedOntoWeekday(seed.start(), moved.start(), offset);
            }
            assertMovedOntoWeekday(seed.end(), moved.end(), offset);
            assertThat(moved.singleDay()).as(step + " keeps its kind").isEqualTo(seed.singleDay());
        }
        assertThat(demo.municipalities()).isEqualTo(SEED.municipalities());
    }

    private static void assertMovedOntoWeekday(LocalDate seed, LocalDate moved, long offset) {
        LocalDate shifted = seed.plusDays(offset);
        assertThat(moved.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(moved).isBetween(shifted, shifted.plusDays(2));
    }
}
