package se.paverkansagenda.workshop;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.carryforward.CarriedIssue;
import se.paverkansagenda.carryforward.CarriedIssueComment;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.sharing.SharedIssue;
import se.paverkansagenda.sharing.SharingService;
import se.paverkansagenda.web.EditConflictException;
import se.paverkansagenda.web.TextRules;

/**
 * The workshop of step 8: the officials merge the municipalities' proposals into issues, rank them and
 * keep at most the plan's cap. Each save is a whole list and a new revision, taken only from the
 * revision it was made from; saves of one cycle's list run one after the other.
 */
@Service
public class WorkshopService {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;

    private final WorkshopRepository lists;
    private final ProposalRepository proposals;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final CarryForwardService carryForward;
    private final SharingService sharing;

    public WorkshopService(WorkshopRepository lists, ProposalRepository proposals, CycleService cycles,
                           DeadlineService deadlines, CarryForwardService carryForward, SharingService sharing) {
        this.carryForward = carryForward;
        this.sharing = sharing;
        this.lists = lists;
        this.proposals = proposals;
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    /** Every municipal proposal of the cycle; an unknown cycle is refused. */
    public List<CycleProposal> proposals(String cycleKey) {
        cycles.find(cycleKey);
        return proposals.findByCycle(cycleKey);
    }

    public PrioritisedList list(String cycleKey) {
        cycles.find(cycleKey);
        return lists.find(cycleKey);
    }

    /** Last year's issues kept or reworded in the follow-up: they stand beside the proposals, marked as carried forward. */
    public List<CarriedIssue> carriedIssues(String cycleKey) {
        return carryForward.carriedForward(cycleKey);
    }

    /** Issues other regions shared with the cycle (both agreed): they stand beside the proposals, marked with their origin. */
    public List<SharedIssue> sharedIssues(String cycleKey) {
        cycles.find(cycleKey);
        return sharing.sharedWithCycle(cycleKey);
    }

    /** The municipalities' comments on last year's issues, by the carried issue's id. */
    public Map<String, List<CarriedIssueComment>> carriedComments(String cycleKey) {
        return carryForward.comments(cycleKey);
    }

    public int cap(String cycleKey) {
        return cycles.planOf(cycleKey).prioritisedIssueCap();
    }

    /** Saves the list as the next revision after {@code fromRevision}; the issues in rank order. */
    @Transactional
    public PrioritisedList save(String cycleKey, int fromRevision, List<IssueDraft> issues, String user) {
        Plan plan = cycles.planOf(cycleKey);
        lists.lock(cycleKey);
        PrioritisedList current = lists.find(cycleKey);
        if (current.closed()) {
            throw closed();
        }
        if (current.revision() != fromRevision) {
            throw new EditConflictException("Någon annan sparade listan före dig (version " + current.revision() + " av "
                    + current.savedBy() + "). Ladda om sidan och gör om dina ändringar; de är inte sparade.");
        }
        List<WorkshopRefusedException.Problem> problems = problems(issues, plan, proposals.findByCycle(cycleKey),
                otherSources(!carryForward.carriedForward(cycleKey).isEmpty(), !sharing.sharedWithCycle(cycleKey).isEmpty()));
        for (int i = 0; i < issues.size(); i++) {
            List<String> carried = issues.get(i).carriedIssueIds();
            List<String> before = issues.subList(0, i).stream().flatMap(issue -> issue.carriedIssueIds().stream()).toList();
            int index = i;
            carryForward.workshopProblems(cycleKey, before, carried)
                    .forEach(problem -> problems.add(new WorkshopRefusedException.Problem(index, "proposalIds", problem)));
            List<String> sharedBefore = issues.subList(0, i).stream().flatMap(issue -> issue.sharedIssueIds().stream()).toList();
            sharing.workshopProblems(cycleKey, sharedBefore, issues.get(i).sharedIssueIds())
                    .forEach(problem -> problems.add(new WorkshopRefusedException.Problem(index, "proposalIds", problem)));
        }
        if (!problems.isEmpty()) {
            throw new WorkshopRefusedException(problems);
        }
        lists.advance(cycleKey, fromRevision, user, OffsetDateTime.now(deadlines.clock()));
        lists.replaceIssues(cycleKey, issues.stream().map(WorkshopService::trimmed).toList());
        return lists.find(cycleKey);
    }

    /** Closes the list when the workshop's task is completed: from then on it is the agenda's starting point. */
    public void close(String cycleKey) {
        lists.close(cycleKey, OffsetDateTime.now(deadlines.clock()));
    }

    private static EditConflictException closed() {
        return new EditConflictException("Workshopens lista är låst: workshopens uppgift (steg 8) är avslutad.");
    }

    private static List<WorkshopRefusedException.Problem> problems(List<IssueDraft> issues, Plan plan,
                                                                  List<CycleProposal> known, String otherSources) {
        List<WorkshopRefusedException.Problem> problems = new ArrayList<>();
        if (issues.isEmpty()) {
            problems.add(new WorkshopRefusedException.Problem(-1, null, "Listan behöver minst en prioriterad fråga."));
        }
        if (issues.size() > plan.prioritisedIssueCap()) {
            problems.add(new WorkshopRefusedException.Problem(-1, null, "Genomförandeplanen tillåter högst "
                    + plan.prioritisedIssueCap() + " prioriterade frågor; listan har " + issues.size() + "."));
        }
        Set<String> rusAreas = plan.rusAreas().stream().map(Plan.RusArea::code).collect(Collectors.toSet());
        Set<String> proposalIds = known.stream().map(CycleProposal::id).collect(Collectors.toSet());
        Map<String, Integer> mergedInto = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            IssueDraft issue = issues.get(i);
            int index = i;
            TextRules.problem(issue.title(), "Frågans rubrik", MAX_TITLE, true)
                    .ifPresent(p -> problems.add(new WorkshopRefusedException.Problem(index, "title", p)));
            TextRules.problem(issue.description(), "Beskrivningen", MAX_DESCRIPTION, false)
                    .ifPresent(p -> problems.add(new WorkshopRefusedException.Problem(index, "description", p)));
            if (issue.rusArea() == null || !rusAreas.contains(issue.rusArea().trim())) {
                problems.add(new WorkshopRefusedException.Problem(index, "rusArea",
                        "Välj ett av planens RUS-områden (" + String.join(", ", rusAreas.stream().sorted().toList()) + ")."));
            }
            List<String> sources = issue.proposalIds();
            if (sources.isEmpty() && issue.carriedIssueIds().isEmpty() && issue.sharedIssueIds().isEmpty()) {
                problems.add(new WorkshopRefusedException.Problem(index, "proposalIds",
                        "Fråga " + (i + 1) + " behöver minst ett inspel från en kommun"
                                + otherSources));
            }
            for (String source : sources) {
                if (!proposalIds.contains(source)) {
                    problems.add(new WorkshopRefusedException.Problem(index, "proposalIds",
                            "Inspelet " + source + " finns inte i cykeln."));
                } else if (mergedInto.containsKey(source) && mergedInto.get(source) != i) {
                    problems.add(new WorkshopRefusedException.Problem(index, "proposalIds", "Inspelet " + source
                            + " ingår redan i fråga " + (mergedInto.get(source) + 1) + "; ett inspel kan ingå i en fråga."));
                }
                mergedInto.putIfAbsent(source, i);
            }
        }
        return problems;
    }

    /** What else than a proposal an issue may take in, as the end of the sentence that asks for one. */
    private static String otherSources(boolean carries, boolean shares) {
        return carries && shares ? ", en överförd fråga från förra året eller en fråga som en annan region delat."
                : carries ? " eller en överförd fråga från förra året."
                : shares ? " eller en fråga som en annan region delat." : ".";
    }

    private static IssueDraft trimmed(IssueDraft issue) {
        return new IssueDraft(issue.title().trim(), issue.description() == null ? "" : issue.description().trim(),
                issue.rusArea().trim(), issue.proposalIds().stream().distinct().sorted().toList(),
                issue.carriedIssueIds().stream().distinct().sorted().toList(),
                issue.sharedIssueIds().stream().distinct().sorted().toList());
    }
}
