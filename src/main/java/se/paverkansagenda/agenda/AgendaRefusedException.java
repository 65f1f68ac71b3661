package se.paverkansagenda.agenda;

import java.util.List;

/** An agenda version that cannot be saved as it is; each problem names its field. Nothing is saved. */
public class AgendaRefusedException extends RuntimeException {

    private final List<Problem> problems;

    public AgendaRefusedException(List<Problem> problems) {
        super(String.join(" ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The section's index in the list (or -1 for the version as a whole), the field and the message. */
    public record Problem(int section, String field, String message) {

        public String path() {
            return section < 0 ? field : "sections[" + section + "]." + field;
        }
    }
}
