package se.paverkansagenda.sharing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.process.AgendaProcess.Groups;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.security.ForbiddenException;
import se.paverkansagenda.web.TextRules;

/**
 * Regions share an issue across the border (seed 004: the advocacy is coordinated across county borders). A
 * process owner of one region offers a section of a cycle's agenda to a running cycle of another region, with a
 * message; that region's process owners accept or decline it (a decline says why), and the offer may be
 * withdrawn until it is answered. Once both agree the issue is shared: it stands in the receiving cycle's
 * workshop beside the proposals, marked with its origin, and both agendas' traces show it. The receiving region
 * sees the issue's wording and origin (region, cycle, year) and nothing else of the offering cycle.
 *
 * <p>Only the two regions' process owners (and administrators) act on an offer; a user of neither region is
 * answered as for an offer that does not exist.
 */
@Service
public class SharingService {

    static final int MAX_MESSAGE = 2000;

    private final SharingRepository repository;
    private final CycleService cycles;
    private final CurrentUser user;
    private final DeadlineService deadlines;
    private final SharingMessages messages;

    public SharingService(SharingRepository repository, CycleService cycles, CurrentUser user, DeadlineService deadlines,
                          SharingMessages messages) {
        this.repository = repository;
        this.cycles = cycles;
        this.user = user;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** The sections of the cycle's agenda that may be offered: those of its adopted version, or its latest. */
    public List<SharingRepository.Section> offerable(String cycleKey) {
        cycles.find(cycleKey);
        return repository.currentSections(cycleKey);
    }

    /** The other regions' cycles that can still take an issue in, by region name, key and year only. */
    public List<SharingRepository.Target> targets(String cycleKey) {
        cycles.find(cycleKey);
        return repository.targets(cycles.planOf(cycleKey).region().code());
    }

    /** Whether the user may offer the cycle's issues: a process owner of its region, or an administrator. */
    public boolean mayOffer(String cycleKey) {
        return processOwner() && user.worksIn(regionOf(cycleKey));
    }

    /** Offers a section of the cycle's agenda to another region's cycle; its process owners are told by mail. */
    @Transactional
    public SharedIssue offer(String cycleKey, String sectionKey, String targetCycleKey, String message) {
        cycles.find(cycleKey);
        Plan source = cycles.planOf(cycleKey);
        requireProcessOwnerOf(source.region().code(), source.region().name());
        SharingRepository.Section section = repository.currentSections(cycleKey).stream()
                .filter(candidate -> candidate.key().equals(sectionKey)).findFirst()
                .orElseThrow(() -> new SharingRefusedException("Välj en fråga ur cykelns agenda att dela"
                        + (sectionKey == null || sectionKey.isBlank() ? "." : "; " + sectionKey + " finns inte i den.")));
        SharingRepository.Target target = repository.targets(source.region().code()).stream()
                .filter(candidate -> candidate.cycleKey().equals(targetCycleKey)).findFirst()
                .orElseThrow(() -> new SharingRefusedException("Välj en pågående cykel i en annan region"
                        + (targetCycleKey == null || targetCycleKey.isBlank() ? "." : "; " + targetCycleKey
                        + " är ingen cykel i en annan region som kan ta emot frågor (den finns inte, hör till samma region,"
                        + " eller dess workshop är redan avslutad).")));
        Optional<String> problem = TextRules.problem(message, "Meddelandet till den andra regionen", MAX_MESSAGE, true);
        if (problem.isPresent()) {
            throw new SharingRefusedException(problem.get());
        }
        repository.live(cycleKey, sectionKey, targetCycleKey).ifPresent(live -> {
            throw alreadyOffered(live);
        });
        SharedIssue offered = new SharedIssue(UUID.randomUUID().toString(), cycleKey, source.region().code(),
                source.region().name(), section.key(), section.version(), section.title(), section.text(),
                target.cycleKey(), target.regionCode(), target.regionName(), message.strip(), ShareState.OFFERED,
                user.id(), now(), null, null, null, null, null);
        try {
            repository.insert(offered);
        } catch (DuplicateKeyException offeredMeanwhile) {
            throw alreadyOffered(repository.live(cycleKey, sectionKey, targetCycleKey).orElse(offered));
        }
        messages.offered(offered, repository.planOf(target.cycleKey()));
        return offered;
    }

    private static SharingConflictException alreadyOffered(SharedIssue live) {
        return new SharingConflictException("Frågan ”" + live.title() + "” är redan "
                + (live.shared() ? "delad med " : "erbjuden till ") + live.targetRegionName() + " (" + live.targetCycleKey()
                + ")" + (live.shared() ? "." : " och väntar på svar; den kan erbjudas igen först om erbjudandet avböjs eller återtas."));
    }

    /** The offer, if the user works in one of its two regions (an administrator in every); else 404. */
    public SharedIssue find(String id) {
        SharedIssue issue = repository.find(id).orElseThrow(() -> new UnknownSharedIssueException(id));
        if (!user.maySee(issue.sourceRegionCode()) && !user.maySee(issue.targetRegionCode())) {
            throw new UnknownSharedIssueException(id);
        }
        return issue;
    }

    /** Whether the user may answer the offer: a process owner of the receiving region, while it is open. */
    public boolean mayAnswer(SharedIssue issue) {
        return issue.open() && processOwner() && user.maySee(issue.targetRegionCode());
    }

    /** Whether the user may withdraw the offer: a process owner of the offering region, while it is open. */
    public boolean mayWithdraw(SharedIssue issue) {
        return issue.open() && processOwner() && user.maySee(issue.sourceRegionCode());
    }

    /** The offer's cycles whose region the user works in: the offering one, the receiving one, or both. */
    public List<String> cyclesOfUser(SharedIssue issue) {
        List<String> own = new ArrayList<>();
        if (user.maySee(issue.sourceRegionCode())) {
            own.add(issue.sourceCycleKey());
        }
        if (user.maySee(issue.targetRegionCode())) {
            own.add(issue.targetCycleKey());
        }
        return own;
    }

    /** The receiving region agrees: from now on the issue is shared. */
    @Transactional
    public SharedIssue accept(String id) {
        SharedIssue issue = lockedForAnswer(id);
        repository.accept(id, user.id(), now());
        SharedIssue accepted = repository.find(id).orElseThrow();
        messages.answered(accepted, repository.planOf(accepted.sourceCycleKey()));
        return accepted;
    }

    /** The receiving region declines, saying why; the issue is not shared and may be offered again. */
    @Transactional
    public SharedIssue decline(String id, String reason) {
        SharedIssue issue = lockedForAnswer(id);
        Optional<String> problem = TextRules.problem(reason, "Skälet att avböja", MAX_MESSAGE, true);
        if (problem.isPresent()) {
            throw new SharingRefusedException(problem.get());
        }
        repository.decline(issue.id(), user.id(), now(), reason.strip());
        SharedIssue declined = repository.find(id).orElseThrow();
        messages.answered(declined, repository.planOf(declined.sourceCycleKey()));
        return declined;
    }

    /** The offering region takes its offer back before it is answered. */
    @Transactional
    public SharedIssue withdraw(String id) {
        find(id);
        SharedIssue issue = repository.lock(id).orElseThrow(() -> new UnknownSharedIssueException(id));
        requireProcessOwnerOf(issue.sourceRegionCode(), issue.sourceRegionName());
        if (!issue.open()) {
            throw new SharingConflictException(notOpen(issue, "återtas"));
        }
        repository.withdraw(id, user.id(), now());
        SharedIssue withdrawn = repository.find(id).orElseThrow();
        messages.withdrawn(withdrawn, repository.planOf(withdrawn.targetCycleKey()));
        return withdrawn;
    }

    private SharedIssue lockedForAnswer(String id) {
        find(id);
        SharedIssue issue = repository.lock(id).orElseThrow(() -> new UnknownSharedIssueException(id));
        requireProcessOwnerOf(issue.targetRegionCode(), issue.targetRegionName());
        if (!issue.open()) {
            throw new SharingConflictException(notOpen(issue, "besvaras"));
        }
        return issue;
    }

    private static String notOpen(SharedIssue issue, String what) {
        return switch (issue.state()) {
            case ACCEPTED -> "Erbjudandet är redan accepterat av " + issue.answeredBy() + " och frågan är delad; det kan inte "
                    + what + " längre.";
            case DECLINED -> "Erbjudandet är redan avböjt av " + issue.answeredBy() + "; det kan inte " + what + " längre.";
            case WITHDRAWN -> "Erbjudandet är återtaget av " + issue.withdrawnBy() + "; det kan inte " + what + " längre.";
            case OFFERED -> "Erbjudandet väntar på svar.";
        };
    }

    /** The offers a cycle made and those made to it: on its sharing page. */
    public List<SharedIssue> offeredBy(String cycleKey) {
        cycles.find(cycleKey);
        return repository.offeredBy(cycleKey);
    }

    public List<SharedIssue> offeredTo(String cycleKey) {
        cycles.find(cycleKey);
        return repository.offeredTo(cycleKey);
    }

    /** The issues the cycle has shared with other regions' cycles (both agreed). */
    public List<SharedIssue> sharedWithOthers(String cycleKey) {
        return repository.offeredBy(cycleKey).stream().filter(SharedIssue::shared).toList();
    }

    /** The issues other regions have shared with the cycle (both agreed): they stand in its workshop. */
    public List<SharedIssue> sharedWithCycle(String cycleKey) {
        return repository.offeredTo(cycleKey).stream().filter(SharedIssue::shared).toList();
    }

    /**
     * Checks the shared issues one issue of a workshop list takes in: each must be shared with the cycle, and in no
     * issue before it ({@code earlier}). The problems, in Swedish.
     */
    public List<String> workshopProblems(String cycleKey, List<String> earlier, List<String> sharedIssueIds) {
        Map<String, SharedIssue> shared = new LinkedHashMap<>();
        sharedWithCycle(cycleKey).forEach(issue -> shared.put(issue.id(), issue));
        List<String> problems = new ArrayList<>();
        for (String id : sharedIssueIds) {
            if (!shared.containsKey(id)) {
                problems.add("Den delade frågan " + id + " är inte delad med cykeln.");
            } else if (earlier.contains(id)) {
                problems.add("Den delade frågan ”" + shared.get(id).title() + "” ingår redan i en fråga före;"
                        + " en delad fråga kan tas in en gång.");
            }
        }
        return problems;
    }

    private void requireProcessOwnerOf(String regionCode, String regionName) {
        if (!processOwner() || !user.worksIn(regionCode)) {
            throw new ForbiddenException("Bara processägare i " + regionName + " kan göra detta.");
        }
    }

    private boolean processOwner() {
        try {
            user.requireAnyGroup(Groups.PROCESS_OWNERS);
            return true;
        } catch (ForbiddenException notOne) {
            return false;
        }
    }

    private String regionOf(String cycleKey) {
        return cycles.planOf(cycleKey).region().code();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(deadlines.clock());
    }
}
