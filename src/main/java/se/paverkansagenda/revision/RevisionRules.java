package se.paverkansagenda.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;
import se.paverkansagenda.round.RoundKind;

/**
 * What a revision of a running cycle's plan may change: nothing that has already happened. Each refusal
 * names its field, like the plan's own checks.
 * <ul>
 *   <li>a step that is done keeps its dates; one under way keeps its start, and its end moves only later and
 *       only while it has not passed; a step not yet begun moves to today or later;</li>
 *   <li>a round under way (steps 5 and 11) gets a later deadline only before the step after it starts;</li>
 *   <li>municipalities and organisations are added, removed or changed only before their round opens;</li>
 *   <li>RUS areas are removed only before the input round opens, the workshop's cap changes only before the
 *       workshop is done, and the steering group's report period stays.</li>
 * </ul>
 */
final class RevisionRules {

    private final Plan before;
    private final Plan after;
    private final CycleSoFar soFar;
    private final LocalDate today;
    private final Map<Step, Set<String>> answered;
    private final List<String> violations = new ArrayList<>();

    private RevisionRules(Plan before, Plan after, CycleSoFar soFar, LocalDate today, Map<Step, Set<String>> answered) {
        this.before = before;
        this.after = after;
        this.soFar = soFar;
        this.today = today;
        this.answered = answered;
    }

    /**
     * @param answered per round step, the recipients (municipality codes, organisation names) that have answered
     */
    static List<String> check(Plan before, Plan after, CycleSoFar soFar, LocalDate today,
                              Map<Step, Set<String>> answered) {
        RevisionRules rules = new RevisionRules(before, after, soFar, today, answered);
        for (Step step : Step.values()) {
            rules.step(step);
        }
        rules.recipients(Step.INPUT_ROUND, "municipalities", "kommunen", Plan::municipalities,
                Plan.Municipality::code, m -> m.name() + " (" + m.code() + ")");
        rules.recipients(Step.CONSULTATION, "organisations", "organisationen", Plan::organisations,
                Plan.Organisation::name, Plan.Organisation::name);
        rules.rest();
        return rules.violations;
    }

    private void step(Step step) {
        StepDates was = before.datesOf(step);
        StepDates is = after.datesOf(step);
        if (was.equals(is)) {
            return;
        }
        String path = "steps." + step.name();
        String name = "steg " + step.number() + " (" + step.swedishName() + ")";
        String startField = path + (is.singleDay() && was.singleDay() ? ".date" : ".start");
        String endField = path + (is.singleDay() && was.singleDay() ? ".date" : ".end");
        if (soFar.ended(step)) {
            violations.add(path + ": " + name + " är redan genomfört; dess datum kan inte ändras");
            return;
        }
        if (soFar.begun(step)) {
            if (!was.start().equals(is.start())) {
                violations.add(startField + ": " + name + " har redan börjat; startdagen " + SwedishDates.day(was.start())
                        + " kan inte ändras");
            }
            if (!was.end().equals(is.end())) {
                if (was.end().isBefore(today)) {
                    violations.add(endField + ": " + name + " skulle vara klart " + SwedishDates.day(was.end())
                            + ", som redan har passerat; slutdagen kan inte ändras");
                } else if (!is.end().isAfter(was.end())) {
                    violations.add(endField + ": " + name + " pågår; " + (isRound(step) ? "svarstiden" : "slutdagen")
                            + " kan bara flyttas till en senare dag än " + SwedishDates.day(was.end()));
                } else if (isRound(step)) {
                    Step next = nextStep(step);
                    LocalDate nextStart = after.datesOf(next).start();
                    if (!is.end().isBefore(nextStart)) {
                        violations.add(endField + ": svarstiden för " + name + " kan förlängas till "
                                + SwedishDates.day(is.end()) + " bara om steg " + next.number() + " (" + next.swedishName()
                                + ") startar efter den; det startar " + SwedishDates.day(nextStart)
                                + ". Flytta också steps." + next.name() + ".start");
                    }
                }
            }
            return;
        }
        if (!was.start().equals(is.start()) && is.start().isBefore(today)) {
            violations.add(startField + ": " + SwedishDates.day(is.start()) + " har redan passerat; " + name
                    + " har inte börjat och kan flyttas till i dag eller senare");
        } else if (!was.end().equals(is.end()) && is.end().isBefore(today)) {
            violations.add(endField + ": " + SwedishDates.day(is.end()) + " har redan passerat; " + name
                    + " har inte börjat och kan flyttas till i dag eller senare");
        }
    }

    private <T> void recipients(Step round, String field, String what, Function<Plan, List<T>> list,
                                Function<T, String> key, Function<T, String> label) {
        if (!soFar.begun(round)) {
            return; // the round's requests are made from the plan as it is when the round opens
        }
        String opened = "omgången i steg " + round.number() + " (" + round.swedishName() + ") har redan öppnat";
        Map<String, T> was = list.apply(before).stream().collect(Collectors.toMap(key, m -> m));
        List<T> is = list.apply(after);
        for (int i = 0; i < is.size(); i++) {
            T member = is.get(i);
            T earlier = was.get(key.apply(member));
            if (earlier == null) {
                violations.add(field + "[" + i + "]: " + what + " " + label.apply(member) + " kan inte läggas till: "
                        + opened + "; nya mottagare kan bara läggas till innan omgången öppnar");
            } else if (!Objects.equals(earlier, member)) {
                violations.add(field + "[" + i + "]: " + what + " " + label.apply(member) + " kan inte ändras: " + opened
                        + " och förfrågan har gått till " + label.apply(earlier));
            }
        }
        Set<String> kept = is.stream().map(key).collect(Collectors.toSet());
        for (T member : list.apply(before)) {
            if (!kept.contains(key.apply(member))) {
                boolean hasAnswered = answered.getOrDefault(round, Set.of()).contains(key.apply(member));
                violations.add(field + ": " + what + " " + label.apply(member) + " kan inte tas bort: " + opened
                        + " och " + (hasAnswered ? "den har redan svarat" : "den har fått sin förfrågan"));
            }
        }
    }

    private void rest() {
        if (soFar.begun(Step.INPUT_ROUND)) {
            Set<String> kept = after.rusAreas().stream().map(Plan.RusArea::code).collect(Collectors.toSet());
            before.rusAreas().stream().filter(area -> !kept.contains(area.code())).forEach(area -> violations.add(
                    "rusAreas: RUS-området " + area.code() + " kan inte tas bort: inspelsomgången har öppnat och förslagen"
                            + " hänvisar till planens RUS-områden"));
        }
        if (before.prioritisedIssueCap() != after.prioritisedIssueCap() && soFar.ended(Step.WORKSHOP)) {
            violations.add("prioritisedIssueCap: workshopen (steg 8) är redan genomförd; taket kan inte ändras");
        }
        if (!Objects.equals(before.referenceGroups(), after.referenceGroups()) && soFar.ended(Step.SEND_COMPILATION_TO_RSR)) {
            violations.add("referenceGroups: om referensgrupper bildas och deras period bestäms senast i steg 7"
                    + " (" + Step.SEND_COMPILATION_TO_RSR.swedishName() + "), som redan är genomfört; de kan inte ändras");
        }
        if (!Objects.equals(before.follows(), after.follows())) {
            violations.add("follows: vilken cykel som följs upp bestäms när cykeln startar och kan inte ändras i en"
                    + " pågående cykel");
        }
        if (!Objects.equals(before.steeringReport(), after.steeringReport())) {
            violations.add("steeringReport.every: styrgruppens rapportperiod bestäms när cykeln startar och kan inte"
                    + " ändras i en pågående cykel");
        }
    }

    private static boolean isRound(Step step) {
        return Arrays.stream(RoundKind.values()).anyMatch(kind -> kind.step() == step);
    }

    /** The step after a round, which works with its answers. */
    private static Step nextStep(Step round) {
        return Arrays.stream(RoundKind.values()).filter(kind -> kind.step() == round).findFirst().orElseThrow().nextStep();
    }
}
