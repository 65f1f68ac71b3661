package se.paverkansagenda.carryforward;

import java.util.Map;

/** A follow-up the rules refuse: each problem by the field it is in, in Swedish. Nothing was saved. */
public class FollowUpRefusedException extends RuntimeException {

    private final Map<String, String> problems;

    public FollowUpRefusedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
