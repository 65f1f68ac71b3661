package se.paverkansagenda.carryforward;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.web.TextRules;

/**
 * The next year starts from the last: a cycle whose plan names the cycle it follows begins with a follow-up
 * of every issue of that cycle's adopted agenda. The officials record, per issue, what was done, the result,
 * the responsible organisation and whether it is kept, reworded or closed (with the reason); kept and
 * reworded issues are carried forward to the workshop, and the municipalities comment on them with their input.
 */
@Service
public class CarryForwardService {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;

    private final CarryForwardRepository repository;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final TransactionTemplate transaction;

    public CarryForwardService(CarryForwardRepository repository, CycleService cycles, DeadlineService deadlines,
                               PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    /** The cycle the cycle follows, if its plan names one. */
    public Optional<String> follows(String cycleKey) {
        return Optional.ofNullable(cycles.planOf(cycleKey).follows());
    }

    /**
     * The issues of the followed agenda with their follow-up, in the agenda's order; none for a cycle that
     * follows none. They are copied from the followed cycle's adopted version the first time they are asked for,
     * all in one transaction under the cycle's lock: a second reader at that moment waits and reads them all.
     */
    public List<CarriedIssue> issues(String cycleKey) {
        Optional<String> previous = follows(cycleKey);
        if (previous.isEmpty()) {
            return List.of();
        }
        List<CarriedIssue> issues = repository.ofCycle(cycleKey);
        if (!issues.isEmpty()) {
            return issues;
        }
        return transaction.execute(status -> {
            repository.lock(cycleKey);
            List<CarriedIssue> copied = repository.ofCycle(cycleKey);
            if (!copied.isEmpty()) {
                return copied;
            }
            Optional<Integer> version = repository.adoptedVersion(previous.get());
            if (version.isEmpty()) {
                return List.<CarriedIssue>of();
            }
            repository.copyAdoptedSections(cycleKey, previous.get(), version.get());
            return repository.ofCycle(cycleKey);
        });
    }

    /** Whether the cycle's agenda is adopted, so that a cycle may follow it. */
    public boolean adopted(String cycleKey) {
        return repository.adoptedVersion(cycleKey).isPresent();
    }

    /** The issue, only if it is one of the cycle's. */
    public CarriedIssue issue(String cycleKey, String issueId) {
        return issues(cycleKey).stream().filter(issue -> issue.id().equals(issueId)).findFirst()
                .orElseThrow(UnknownCarriedIssueException::new);
    }

    /** Kept and reworded issues: those the workshop shows beside the new proposals. */
    public List<CarriedIssue> carriedForward(String cycleKey) {
        return issues(cycleKey).stream().filter(CarriedIssue::carriedForward).toList();
    }

    public boolean completed(String cycleKey) {
        return repository.completed(cycleKey);
    }

    /** Who may be named responsible for an issue: the region, the municipalities and the organisations of the plan. */
    public static List<String> responsibleOptions(Plan plan) {
        Set<String> options = new LinkedHashSet<>();
        options.add(plan.region().name());
        plan.municipalities().forEach(municipality -> options.add(municipalityName(municipality.name())));
        plan.organisations().forEach(organisation -> options.add(organisation.name()));
        return List.copyOf(options);
    }

    /**
     * A municipality as its organisation is named: {@code Östersunds kommun}, {@code Åre kommun}, {@code Kramfors
     * kommun} (a name ending in a vowel or an s takes no genitive s).
     */
    static String municipalityName(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return name + ("aeiouyåäösxz".indexOf(last) >= 0 ? "" : "s") + " kommun";
    }

    /** Records the follow-up of one issue, replacing what was recorded before; refused once the follow-up is completed. */
    @Transactional
    public void record(String cycleKey, String issueId, FollowUpDraft draft, String user) {
        repository.lock(cycleKey);
        CarriedIssue issue = issue(cycleKey, issueId);
        if (repository.completed(cycleKey)) {
            throw new FollowUpRefusedException(Map.of("form",
                    "Uppföljningen är slutförd och uppföljningsrapporten skickad; den ändras inte längre."));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String done = text(draft.done(), "Vad som har gjorts", MAX_TEXT, true, "done", problems);
        String result = text(draft.result(), "Resultatet", MAX_TEXT, true, "result", problems);
        String responsible = responsible(cycles.planOf(cycleKey), draft.responsible(), problems);
        Optional<FollowUpDecision> decision = FollowUpDecision.of(blankToNull(draft.decision()));
        if (decision.isEmpty()) {
            problems.put("decision", "Välj om frågan behålls, omformuleras eller avslutas.");
        }
        String newWording = null;
        String reason = null;
        if (decision.orElse(null) == FollowUpDecision.REWORD) {
            newWording = text(draft.newWording(), "Den nya lydelsen", MAX_TEXT, true, "newWording", problems);
            if (newWording != null && newWording.equals(issue.text().strip())) {
                problems.put("newWording", "Den nya lydelsen är densamma som den gamla; välj Behålls eller ändra texten.");
            }
        }
        if (decision.orElse(null) == FollowUpDecision.CLOSE) {
            reason = text(draft.closeReason(), "Skälet att avsluta frågan", MAX_REASON, true, "closeReason", problems);
        }
        if (!problems.isEmpty()) {
            throw new FollowUpRefusedException(problems);
        }
        repository.record(issue.id(), done, result, responsible, decision.get(), newWording, reason, user,
                OffsetDateTime.now(deadlines.clock()));
    }

    /** Why the follow-up cannot be completed yet: the issues without a recorded follow-up. */
    public Optional<String> notReady(String cycleKey) {
        if (follows(cycleKey).isEmpty()) {
            return Optional.empty();
        }
        List<CarriedIssue> issues = issues(cycleKey);
        if (issues.isEmpty()) {
            return Optional.of("Den fastställda agendan för " + follows(cycleKey).get() + " har inga frågor att följa upp.");
        }
        List<String> missing = issues.stream().filter(issue -> !issue.recorded()).map(CarriedIssue::title).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("Uppföljningen saknas för " + missing.size() + " av " + issues.size() + " frågor: "
                        + String.join("; ", missing) + ". Fyll i den på uppföljningssidan först.");
    }

    /** The follow-up is done (its task completed): it no longer changes. */
    @Transactional
    public void complete(String cycleKey, String user) {
        repository.lock(cycleKey);
        if (!repository.completed(cycleKey)) {
            repository.complete(cycleKey, user, OffsetDateTime.now(deadlines.clock()));
        }
    }

    /** A municipality's comments on the carried issues, by issue id. */
    public Map<String, String> commentsOf(String requestId) {
        return repository.commentsOf(requestId);
    }

    /**
     * Checks a municipality's comments on the carried issues (by issue id; blank ones are left out): each
     * problem by its field, {@code kommentar.<id>}. Empty when they may be stored.
     */
    public Map<String, String> commentProblems(String cycleKey, Map<String, String> comments) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (comments.isEmpty()) {
            // no comment, nothing to check: the carried issues are not read
            return problems;
        }
        Set<String> known = new LinkedHashSet<>();
        issues(cycleKey).forEach(issue -> known.add(issue.id()));
        comments.forEach((issueId, comment) -> {
            if (!known.contains(issueId)) {
                problems.put(COMMENT_PREFIX + issueId, "Frågan finns inte bland förra årets frågor.");
                return;
            }
            TextRules.problem(comment, "Kommentaren", MAX_TEXT, false)
                    .ifPresent(problem -> problems.put(COMMENT_PREFIX + issueId, problem));
        });
        return problems;
    }

    /** Stores the request's comments, replacing those given before; check them with {@link #commentProblems} first. */
    public void saveComments(String requestId, Map<String, String> comments) {
        Map<String, String> given = new LinkedHashMap<>();
        comments.forEach((issueId, comment) -> {
            if (comment != null && !comment.isBlank()) {
                given.put(issueId, comment.strip());
            }
        });
        repository.replaceComments(requestId, given);
    }

    /** The form fields of the comments: {@code kommentar.} and the issue's id. */
    public static final String COMMENT_PREFIX = "kommentar.";

    /** The municipalities' comments on the cycle's carried issues, by issue id. */
    public Map<String, List<CarriedIssueComment>> comments(String cycleKey) {
        return repository.commentsOfCycle(cycleKey);
    }

    /**
     * Checks the carried issues one issue of a workshop list names: each must be one of the cycle's kept or
     * reworded issues, and in no issue before it ({@code earlier}). The problems, in Swedish.
     */
    public List<String> workshopProblems(String cycleKey, List<String> earlier, List<String> carriedIssueIds) {
        List<String> problems = new ArrayList<>();
        Map<String, CarriedIssue> carried = new LinkedHashMap<>();
        carriedForward(cycleKey).forEach(issue -> carried.put(issue.id(), issue));
        for (String id : carriedIssueIds) {
            if (!carried.containsKey(id)) {
                problems.add("Den överförda frågan " + id + " finns inte bland förra årets frågor som behålls.");
            } else if (earlier.contains(id)) {
                problems.add("Den överförda frågan ”" + carried.get(id).title() + "” ingår redan i en fråga före;"
                        + " en fråga från förra året kan föras över en gång.");
            }
        }
        return problems;
    }

    private static String responsible(Plan plan, String value, Map<String, String> problems) {
        String chosen = blankToNull(value);
        if (chosen == null) {
            problems.put("responsible", "Välj den ansvariga organisationen.");
            return null;
        }
        if (!responsibleOptions(plan).contains(chosen)) {
            problems.put("responsible", "”" + chosen + "” är varken regionen, en kommun eller en organisation i planen.");
            return null;
        }
        return chosen;
    }

    private static String text(String value, String label, int max, boolean required, String field,
                               Map<String, String> problems) {
        Optional<String> problem = TextRules.problem(value, label, max, required);
        if (problem.isPresent()) {
            problems.put(field, problem.get());
            return null;
        }
        return blankToNull(value) == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
