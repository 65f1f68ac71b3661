package se.paverkansagenda.agenda;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;

/** The trace as a page for officials: every section's sources and history, every proposal's outcome. */
@Controller
@OfficialsPage
public class TracePageController {

    private final TraceService traces;
    private final PageGuard guard;

    public TracePageController(TraceService traces, PageGuard guard) {
        this.traces = traces;
        this.guard = guard;
    }

    @GetMapping("/api/cykel/{cycleKey}/sparbarhet")
    public String page(@PathVariable String cycleKey, Model model) {
        guard.allowed();
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("trace", traces.cycle(cycleKey));
        return "agenda/trace";
    }
}
