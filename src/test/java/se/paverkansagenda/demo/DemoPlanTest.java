package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.paverkansagenda.deadline.SwedishBusinessDays;
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
        assertThat(demo.referenceGroups().used()).isTrue();
        assertMovedOntoWeekday(SEED.referenceGroups().start(), demo.referenceGroups().start(), offset);
        assertMovedOntoWeekday(SEED.referenceGroups().end(), demo.referenceGroups().end(), offset);
    }

    /**
     * Every day the demo can start on, from the first day of 2026 to the end of 2028: no deadline and
     * no meeting of the moved plan falls on a weekend or a Swedish public holiday, the plan has no
     * warning, and each date is the seed's date moved by the offset, then on to the next business day.
     */
    @Test
    void noDeadlineOrMeetingOfTheMovedPlanFallsOnAWeekendOrHolidayWhateverDayTheDemoStarts() {
        SwedishBusinessDays businessDays = SwedishBusinessDays.sweden();
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() <= 2028; today = today.plusDays(1)) {
            Plan demo = PlanParser.parse(DemoPlan.startingOn(today));
            long offset = ChronoUnit.DAYS.between(SEED.datesOf(Step.DRAFT_PM).start(), today);
            for (Step step : Step.values()) {
                StepDates dates = demo.datesOf(step);
                assertThat(businessDays.isBusinessDay(dates.end()))
                        .as("%s's %s %s, demo started %s", step, dates.singleDay() ? "meeting" : "deadline", dates.end(), today)
                        .isTrue();
                assertThat(dates.end()).isEqualTo(businessDays.onOrAfter(SEED.datesOf(step).end().plusDays(offset)));
            }
            assertThat(PlanParser.warnings(demo)).as("demo started %s", today).isEmpty();
        }
    }

    @Test
    void aDemoStartedOnTheSecondOfDecember2026HasNoDeadlineOnMidsummerEveAndNoMeetingOnChristmasDay() {
        Plan demo = PlanParser.parse(DemoPlan.startingOn(LocalDate.of(2026, 12, 2)));

        // moved by the offset alone, the review would be on Christmas Day and the compilation due on Midsummer Eve
        assertThat(demo.datesOf(Step.PRESIDIUM_REVIEW)).isEqualTo(StepDates.on(LocalDate.of(2026, 12, 28)));
        assertThat(demo.datesOf(Step.COMPILE_INPUT).end()).isEqualTo(LocalDate.of(2027, 6, 28));
    }

    private static void assertMovedOntoWeekday(LocalDate seed, LocalDate moved, long offset) {
        LocalDate shifted = seed.plusDays(offset);
        assertThat(moved.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(moved).isEqualTo(SwedishBusinessDays.sweden().onOrAfter(shifted));
    }

    /**
     * Västernorrland's demo plan: its seven municipalities, the Regional cooperation council (RSR) with the
     * elected representatives of each of them, and the Large cooperation council as the partnership; it is
     * valid, without warnings, whatever day the demo starts.
     */
    @Test
    void vasternorrlandsDemoPlanHasItsSevenMunicipalitiesAndItsCouncilsWhateverDayTheDemoStarts() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() <= 2027; today = today.plusDays(1)) {
            Plan vn = PlanParser.parse(DemoPlan.vasternorrlandStartingOn(today));
            assertThat(vn.businessKey()).isEqualTo("PA-VN-" + today.getYear());
            assertThat(vn.datesOf(Step.DRAFT_PM).start()).isEqualTo(today);
            assertThat(PlanParser.warnings(vn)).as("demo started %s", today).isEmpty();
        }
        Plan vn = PlanParser.parse(DemoPlan.vasternorrlandStartingOn(LocalDate.of(2026, 12, 3)));
        assertThat(vn.region().name()).isEqualTo("Region Västernorrland");
        assertThat(vn.municipalities()).extracting(Plan.Municipality::code, Plan.Municipality::name).containsExactly(
                tuple("2260", "Ånge"), tuple("2262", "Timrå"), tuple("2280", "Härnösand"), tuple("2281", "Sundsvall"),
                tuple("2282", "Kramfors"), tuple("2283", "Sollefteå"), tuple("2284", "Örnsköldsvik"));
        assertThat(vn.councils().rsr()).extracting(Plan.Member::organisation)
                .contains("Ånge kommun", "Örnsköldsviks kommun", "Region Västernorrland", "Länsstyrelsen Västernorrland");
        assertThat(vn.councils().partnership()).extracting(Plan.Member::role)
                .containsOnly("Representant i Stora samverkansrådet");
    }
}
