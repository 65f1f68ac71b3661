package se.paverkansagenda.workshop;

import java.util.List;

/**
 * A prioritised list that cannot be saved as it is. Each problem names its field as the JSON body
 * spells it ({@code issues[2].title}, or {@code issues} for the list as a whole); nothing is saved.
 */
public class WorkshopRefusedException extends RuntimeException {

    private final List<Problem> problems;

    public WorkshopRefusedException(List<Problem> problems) {
        super(String.join(" ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the issue's index in the list (or -1 for the whole list), the field and the message. */
    public record Problem(int issue, String field, String message) {

        public String path() {
            return issue < 0 ? "issues" : "issues[" + issue + "]." + field;
        }
    }
}
