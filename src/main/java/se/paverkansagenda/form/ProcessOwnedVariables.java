package se.paverkansagenda.form;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/** The variables the process keeps for itself, and what a person who tries to change them is told. */
final class ProcessOwnedVariables {

    /** The plan's dates of every step, set when the cycle starts. */
    private static final Set<String> PLAN_DATES = Stream.of(Step.values())
            .flatMap(step -> Stream.of(AgendaProcess.startOf(step), AgendaProcess.dueOf(step)))
            .map(variable -> variable.name())
            .collect(Collectors.toUnmodifiableSet());

    /** For moving a process's tokens or timers, which only the application and administrators may do. */
    static final String MOVING_REFUSED = "Processens steg och tidsfrister flyttas bara av programmet och av "
            + "administratörer: att flytta datumen i en pågående cykel går inte här. En förfrågans svarstid "
            + "förlängs på omgångens sida.";

    private ProcessOwnedVariables() {
    }

    static boolean isPlanDate(String name) {
        return PLAN_DATES.contains(name);
    }

    static String planDateMessage(String name) {
        return "”" + name + "” är ett av planens datum och ägs av processen: att flytta datumen i en pågående "
                + "cykel går inte här.";
    }

    /** For the process's own variables, changed on an instance or execution rather than on a task. */
    static String message(String name) {
        if (isPlanDate(name)) {
            return planDateMessage(name);
        }
        return "”" + name + "” ägs av processen och ändras bara av programmet och av administratörer: "
                + "att flytta datumen i en pågående cykel går inte här.";
    }
}
