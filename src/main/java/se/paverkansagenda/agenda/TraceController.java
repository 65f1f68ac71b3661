package se.paverkansagenda.agenda;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.web.PageGuard;

/** The trace of a cycle's agenda as JSON. */
@RestController
@RequestMapping("/api/cycles/{cycleKey}")
public class TraceController {

    private final TraceService traces;
    private final PageGuard guard;

    public TraceController(TraceService traces, PageGuard guard) {
        this.traces = traces;
        this.guard = guard;
    }

    @GetMapping("/trace")
    public TraceService.CycleTrace cycle(@PathVariable String cycleKey) {
        guard.allowed();
        return traces.cycle(cycleKey);
    }

    @GetMapping("/proposals/{proposalId}/trace")
    public TraceService.ProposalTrace proposal(@PathVariable String cycleKey, @PathVariable String proposalId) {
        guard.allowed();
        return traces.proposal(cycleKey, proposalId);
    }
}
