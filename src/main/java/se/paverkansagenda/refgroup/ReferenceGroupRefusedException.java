package se.paverkansagenda.refgroup;

import java.util.Map;
import java.util.Optional;

/** A group or advice the rules refuse: each problem by the field it is in, in Swedish. Nothing was saved. */
public class ReferenceGroupRefusedException extends RuntimeException {

    private final Map<String, String> problems;

    public ReferenceGroupRefusedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** Why an issue named is none the group may have or covers, if that is among the problems (a forged form). */
    public Optional<String> unknownIssue() {
        return Optional.ofNullable(problems.get(ReferenceGroupService.UNKNOWN_ISSUE));
    }
}
