package se.paverkansagenda.plan;

import java.util.List;

/** A plan that cannot run, with every problem found, each naming its field. */
public class InvalidPlanException extends RuntimeException {

    private final List<String> violations;

    public InvalidPlanException(List<String> violations) {
        super("Planen är ogiltig:\n  - " + String.join("\n  - ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
