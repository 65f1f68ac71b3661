package se.paverkansagenda.compilation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.paverkansagenda.plan.Plan;

/** Every municipality's proposals in a cycle's input round, with who answered, who did not and who was late. */
public record InputCompilation(String cycleKey, String regionName, int year, LocalDate compiledOn, List<Plan.RusArea> rusAreas,
                               List<Municipality> municipalities, List<EarlierIssue> earlierIssues) {

    /** A municipality of the round: how it answered, its proposals, and the answer's text when it had none. */
    public record Municipality(Respondent respondent, List<Proposal> proposals, String answerText) {
    }

    /** One proposed issue, numbered as the municipality numbered it. */
    public record Proposal(String municipalityCode, String municipalityName, int number, String title, String description,
                           String rusArea, String decisionLevel, String justification, String contactPerson, boolean late,
                           LocalDate receivedOn) {
    }

    /**
     * An issue of the agenda the cycle follows, as its follow-up decided, with what the municipalities
     * commented on it in their input: closed issues too, since a comment may argue against closing.
     */
    public record EarlierIssue(int number, String title, String wording, String decision, String year,
                               List<Comment> comments) {
    }

    /** One municipality's comment on an earlier issue. */
    public record Comment(String municipalityName, String text) {
    }

    public List<Proposal> proposals() {
        return municipalities.stream().flatMap(m -> m.proposals().stream()).toList();
    }

    public List<Respondent> answered() {
        return municipalities.stream().map(Municipality::respondent).filter(Respondent::answered).toList();
    }

    public List<Respondent> unanswered() {
        return municipalities.stream().map(Municipality::respondent).filter(r -> !r.answered()).toList();
    }

    public long lateCount() {
        return municipalities.stream().filter(m -> m.respondent().late()).count();
    }

    /** The proposals by RUS area, in the plan's order; an area the plan does not have comes last under its code. */
    public Map<String, List<Proposal>> byRusArea() {
        Map<String, List<Proposal>> groups = new LinkedHashMap<>();
        rusAreas.forEach(area -> groups.put(area.code(), new ArrayList<>()));
        proposals().forEach(p -> groups.computeIfAbsent(p.rusArea(), code -> new ArrayList<>()).add(p));
        return groups;
    }

    /** "RUS-1 Infrastruktur och tillgänglighet", or the code alone for an area the plan does not name. */
    public String rusAreaName(String code) {
        return rusAreas.stream().filter(a -> a.code().equals(code)).map(a -> a.code() + " " + a.name()).findFirst()
                .orElse(code);
    }
}
