package se.paverkansagenda.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        ReferenceGroups referenceGroups,
        Councils councils,
        /** The business key of the cycle this one follows ({@code PA-JH-2026}), or null for a first cycle. */
        String follows) {

    private static final Pattern BUSINESS_KEY = Pattern.compile("PA-([A-Z]{1,4})-[0-9]{4}");

    /** A plan is kept with its cycle and shared between threads: nothing in it can be changed. */
    public Plan {
        // a cycle stored before plans had reference groups has none
        referenceGroups = referenceGroups == null ? ReferenceGroups.NOT_USED : referenceGroups;
        steps = Collections.unmodifiableMap(new EnumMap<>(steps));
        municipalities = List.copyOf(municipalities);
        organisations = List.copyOf(organisations);
        rusAreas = List.copyOf(rusAreas);
        // a plan kept with a cycle before the councils' members were part of plans has none
        councils = councils == null ? Councils.NONE : councils;
    }

    public String businessKey() {
        return "PA-" + region.code() + "-" + year;
    }

    /**
     * The region code in a cycle's business key ({@code PA-JH-2026} → {@code JH}); empty for a key of another
     * shape. The inverse of {@link #businessKey()}: a region code is one to four capital letters.
     */
    public static Optional<String> regionOfBusinessKey(String businessKey) {
        Matcher matcher = BUSINESS_KEY.matcher(businessKey == null ? "" : businessKey);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
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

    /** The councils a cycle's messages and decisions concern. */
    public enum Council {
        /** Regionens samverkansråd: elected representatives, co-opted members, officials with the right to speak. */
        RSR("RSR", "Regionens samverkansråd (RSR)"),
        /** RUN:s presidium, the steering group. */
        PRESIDIUM("RUN:s presidium", "RUN:s presidium"),
        /** Länspartnerskapet: the partnership's organisations. */
        PARTNERSHIP("Länspartnerskapet", "Länspartnerskapet (LPS)");

        private final String shortName;
        private final String swedishName;

        Council(String shortName, String swedishName) {
            this.shortName = shortName;
            this.swedishName = swedishName;
        }

        public String shortName() {
            return shortName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    /**
     * A member of a council: the organisation it represents, its role there (e.g. förtroendevald i
     * majoritet, adjungerad, tjänsteperson med yttranderätt) and where its mail goes.
     */
    public record Member(String organisation, String role, String email) {

        /** How the member is named in forms and minutes: {@code Östersunds kommun – förtroendevald, majoritet}. */
        public String label() {
            return organisation + " – " + role;
        }
    }

    /** The members of each council, as the plan lists them; a council the plan leaves out has none. */
    public record Councils(List<Member> rsr, List<Member> presidium, List<Member> partnership) {

        public static final Councils NONE = new Councils(List.of(), List.of(), List.of());

        public Councils {
            rsr = rsr == null ? List.of() : List.copyOf(rsr);
            presidium = presidium == null ? List.of() : List.copyOf(presidium);
            partnership = partnership == null ? List.of() : List.copyOf(partnership);
        }

        public List<Member> of(Council council) {
            return switch (council) {
                case RSR -> rsr;
                case PRESIDIUM -> presidium;
                case PARTNERSHIP -> partnership;
            };
        }
    }

    /** The members the plan lists for the council; empty when it lists none. */
    public List<Member> membersOf(Council council) {
        return councils.of(council);
    }

    /**
     * Where a message to the council goes: its shared address (the secretariat's, which keeps the
     * council's records) and each member the plan lists, every address once.
     */
    public List<String> addressesOf(Council council) {
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        addresses.add(switch (council) {
            case RSR -> contacts.rsr();
            case PRESIDIUM -> contacts.presidium();
            case PARTNERSHIP -> contacts.partnership();
        });
        membersOf(council).forEach(member -> addresses.add(member.email()));
        return List.copyOf(addresses);
    }

    /**
     * Who may hold a dissent in the council's minutes, by the name the minutes give them: the council's
     * members; for a council the plan lists no members of, the region, the municipalities and the
     * organisations of the plan.
     */
    public List<String> dissentersOf(Council council) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (!membersOf(council).isEmpty()) {
            membersOf(council).forEach(member -> names.add(member.label()));
        } else {
            names.add(region.name());
            municipalities.forEach(municipality -> names.add(municipality.name() + " (kommun)"));
            organisations.forEach(organisation -> names.add(organisation.name()));
        }
        return List.copyOf(names);
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
