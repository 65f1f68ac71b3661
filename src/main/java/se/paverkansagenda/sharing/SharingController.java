package se.paverkansagenda.sharing;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.web.PageGuard;

/**
 * Sharing issues between regions over the API: a cycle's offers made and received, what it may offer and to
 * which other regions' cycles; offering, accepting, declining and withdrawing. Every change takes a JSON body.
 */
@RestController
public class SharingController {

    private final SharingService sharing;
    private final PageGuard guard;

    public SharingController(SharingService sharing, PageGuard guard) {
        this.sharing = sharing;
        this.guard = guard;
    }

    @GetMapping("/api/cycles/{cycleKey}/sharing")
    public CycleSharing cycle(@PathVariable String cycleKey) {
        guard.allowed();
        boolean mayOffer = sharing.mayOffer(cycleKey);
        return new CycleSharing(cycleKey, mayOffer,
                sharing.offerable(cycleKey).stream().map(s -> new Offerable(s.key(), s.title())).toList(),
                mayOffer ? sharing.targets(cycleKey).stream()
                        .map(t -> new Target(t.cycleKey(), t.regionName(), t.year())).toList() : List.of(),
                sharing.offeredBy(cycleKey).stream().map(SharedIssueView::of).toList(),
                sharing.offeredTo(cycleKey).stream().map(SharedIssueView::of).toList());
    }

    /** 201 with the offer; 400 for a missing message, section or target; 409 when it is offered already. */
    @PostMapping(path = "/api/cycles/{cycleKey}/sharing", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SharedIssueView> offer(@PathVariable String cycleKey, @RequestBody OfferBody body) {
        guard.allowed();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(SharedIssueView.of(sharing.offer(cycleKey, body.sectionKey(), body.targetCycleKey(), body.message())));
    }

    @GetMapping("/api/shared-issues/{id}")
    public SharedIssueView find(@PathVariable String id) {
        guard.allowed();
        return SharedIssueView.of(sharing.find(id));
    }

    @PostMapping(path = "/api/shared-issues/{id}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SharedIssueView accept(@PathVariable String id, @RequestBody(required = false) AnswerBody body) {
        guard.allowed();
        return SharedIssueView.of(sharing.accept(id));
    }

    @PostMapping(path = "/api/shared-issues/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SharedIssueView decline(@PathVariable String id, @RequestBody AnswerBody body) {
        guard.allowed();
        return SharedIssueView.of(sharing.decline(id, body.reason()));
    }

    @PostMapping(path = "/api/shared-issues/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SharedIssueView withdraw(@PathVariable String id, @RequestBody(required = false) AnswerBody body) {
        guard.allowed();
        return SharedIssueView.of(sharing.withdraw(id));
    }

    public record OfferBody(String sectionKey, String targetCycleKey, String message) {
    }

    public record AnswerBody(String reason) {
    }

    public record CycleSharing(String cycleKey, boolean mayOffer, List<Offerable> offerable, List<Target> targets,
                               List<SharedIssueView> offered, List<SharedIssueView> received) {
    }

    public record Offerable(String sectionKey, String title) {
    }

    public record Target(String cycleKey, String region, int year) {
    }
}
