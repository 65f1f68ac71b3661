package se.paverkansagenda.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One cycle's plan: who takes part, when each step runs, and the rules of the rounds. */
public record Plan(
        Region region,
        int year,
        Contacts contacts,
        Map<Step, StepDates> steps,
        List<Municipality> municipalities,
        List<Organisation> organisations,
        List<RusArea> rusAreas,
        int prioritisedIssueCap,
        ReminderRules reminders,
        LateAnswers lateAnswers,
        SteeringReport steeringReport,
        ReferenceGroups referenceGroups) {

    /** A plan is kept with its cycle and shared between threads: nothing in it can be changed. */
    public Plan {
        // a cycle stored before plans had reference groups has none
        referenceGroups = referenceGroups == null ? ReferenceGroups.NOT_USED : referenceGroups;
        steps = Collections.unmodifiableMap(new EnumMap<>(steps));
        municipalities = List.copyOf(municipalities);
        organisations = List.copyOf(organisations);
        rusAreas = List.copyOf(rusAreas);
    }

    public String businessKey() {
        return "PA-" + region.code() + "-" + year;
    }

    public StepDates datesOf(Step step) {
        return steps.get(step);
    }

    public record Region(String code, String name) {
    }

    /** Where the lifecycle's own messages go: the process owner, RSR, the presidium, LPS. */
    public record Contacts(String processOwner, String rsr, String presidium, String partnership) {
    }

    public record Municipality(String code, String name, String email) {
    }

    public record Organisation(String name, String email) {
    }

    public record RusArea(String code, String name) {
    }

    public record ReminderRules(List<Integer> businessDaysBeforeDeadline) {

        public ReminderRules {
            businessDaysBeforeDeadline = List.copyOf(businessDaysBeforeDeadline);
        }
    }

    /** How often the presidium and the process owner get the report on the steps, while the cycle runs. */
    public record SteeringReport(Period every) {

        public static final SteeringReport MONTHLY = new SteeringReport(Period.ofMonths(1));

        /** The engine's time cycle: repeat for as long as the cycle runs, the first one period after its start. */
        public String timeCycle() {
            return "R/" + every;
        }
    }

    /**
     * Whether the cycle forms reference groups after the compilation of the input (seed 002: "Referensgrupp/er
     * formas när inspelade förslag från primärkommunerna är sammanställda"), and the period in which they are
     * formed and give their advice; without them, the dates are {@code null}.
     */
    public record ReferenceGroups(boolean used, LocalDate start, LocalDate end) {

        public static final ReferenceGroups NOT_USED = new ReferenceGroups(false, null, null);
    }

    /** What becomes of an answer that comes after its request's deadline. */
    public enum LateAnswers {
        /** Taken in and marked late, until the step after the round starts. */
        ACCEPT_UNTIL_NEXT_STEP("acceptUntilNextStep"),
        /** Refused: the link says that the time to answer is up. */
        REFUSE("refuse");

        private final String inPlan;

        LateAnswers(String inPlan) {
            this.inPlan = inPlan;
        }

        /** The rule as the plan file spells it. */
        public String inPlan() {
            return inPlan;
        }
    }
}
