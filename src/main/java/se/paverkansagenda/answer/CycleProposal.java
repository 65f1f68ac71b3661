package se.paverkansagenda.answer;

/**
 * A municipality's proposed issue as the workshop and the trace see it. Its id is the municipality's
 * code and the proposal's number in the answer, {@code 2380-1}: the answer cannot change once the
 * input round is over, so the id stays.
 */
public record CycleProposal(String id, String municipalityCode, String municipalityName, String title,
                            String description, String rusArea, String decisionLevel, String justification) {

    public static String id(String municipalityCode, int position) {
        return municipalityCode + "-" + position;
    }

    /** Where the issue is decided, in words. */
    public String decisionLevelLabel() {
        return DecisionLevel.isOne(decisionLevel) ? DecisionLevel.valueOf(decisionLevel).label() : decisionLevel;
    }
}
