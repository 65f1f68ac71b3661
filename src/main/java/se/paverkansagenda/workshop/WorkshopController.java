package se.paverkansagenda.workshop;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.carryforward.CarriedIssue;
import se.paverkansagenda.sharing.SharedIssueView;
import se.paverkansagenda.web.PageGuard;

/** The workshop's prioritised list as JSON: read it, and save a whole list from the revision it was read at. */
@RestController
@RequestMapping("/api/cycles/{cycleKey}/workshop")
public class WorkshopController {

    private final WorkshopService workshop;
    private final PageGuard guard;

    public WorkshopController(WorkshopService workshop, PageGuard guard) {
        this.workshop = workshop;
        this.guard = guard;
    }

    @GetMapping
    public WorkshopView get(@PathVariable String cycleKey) {
        guard.allowed();
        return view(cycleKey, workshop.list(cycleKey));
    }

    /** 200 with the saved list; 400 naming each problem; 409 when someone saved first or the list is closed. */
    @PutMapping
    public WorkshopView save(@PathVariable String cycleKey, @RequestBody SaveBody body) {
        String user = guard.allowed();
        List<IssueDraft> issues = body.issues() == null ? List.of() : body.issues();
        return view(cycleKey, workshop.save(cycleKey, body.revision(), issues, user));
    }

    private WorkshopView view(String cycleKey, PrioritisedList list) {
        List<CycleProposal> proposals = workshop.proposals(cycleKey);
        Map<String, CycleProposal> byId = proposals.stream()
                .collect(Collectors.toMap(CycleProposal::id, Function.identity()));
        List<CarriedIssue> carried = workshop.carriedIssues(cycleKey);
        Map<String, CarriedIssue> carriedById = carried.stream()
                .collect(Collectors.toMap(CarriedIssue::id, Function.identity()));
        List<SharedIssueView> shared = workshop.sharedIssues(cycleKey).stream().map(SharedIssueView::of).toList();
        Map<String, SharedIssueView> sharedById = shared.stream()
                .collect(Collectors.toMap(SharedIssueView::id, Function.identity()));
        List<IssueView> issues = list.issues().stream().map(issue -> new IssueView(issue.id(), issue.rank(),
                issue.title(), issue.description(), issue.rusArea(),
                issue.proposalIds().stream().map(byId::get).toList(),
                issue.carriedIssueIds().stream().map(carriedById::get).toList(),
                issue.sharedIssueIds().stream().map(sharedById::get).toList())).toList();
        return new WorkshopView(cycleKey, list.revision(), workshop.cap(cycleKey), list.closed(), list.savedBy(),
                list.savedAt(), issues, proposals, carried, shared);
    }

    public record SaveBody(int revision, List<IssueDraft> issues) {
    }

    public record WorkshopView(String cycleKey, int revision, int cap, boolean closed, String savedBy,
                               OffsetDateTime savedAt, List<IssueView> issues, List<CycleProposal> proposals,
                               List<CarriedIssue> carriedIssues, List<SharedIssueView> sharedIssues) {
    }

    public record IssueView(String id, int rank, String title, String description, String rusArea,
                            List<CycleProposal> proposals, List<CarriedIssue> carried, List<SharedIssueView> shared) {
    }
}
