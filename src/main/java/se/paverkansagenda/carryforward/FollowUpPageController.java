package se.paverkansagenda.carryforward;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;

/**
 * The officials' page of a cycle's follow-up of the agenda it follows: every issue of the followed cycle's
 * adopted agenda with a form of its own (what was done, the result, the responsible organisation, kept,
 * reworded or closed), no script needed. Saved issue by issue until the follow-up task is completed.
 */
@Controller
@OfficialsPage
@RequestMapping("/api/cykel/{cycleKey}/uppfoljning")
public class FollowUpPageController {

    private final CarryForwardService service;
    private final CycleService cycles;
    private final PageGuard guard;

    public FollowUpPageController(CarryForwardService service, CycleService cycles, PageGuard guard) {
        this.service = service;
        this.cycles = cycles;
        this.guard = guard;
    }

    @GetMapping
    public String page(@PathVariable String cycleKey, @RequestParam(required = false) String klart, Model model) {
        guard.allowed();
        model.addAttribute("saved", klart);
        return render(cycleKey, null, null, Map.of(), model);
    }

    @PostMapping("/{issueId}")
    public String record(@PathVariable String cycleKey, @PathVariable String issueId,
                         @RequestParam(required = false) String actionToken,
                         @RequestParam(required = false) String done, @RequestParam(required = false) String result,
                         @RequestParam(required = false) String responsible,
                         @RequestParam(required = false) String decision,
                         @RequestParam(required = false) String newWording,
                         @RequestParam(required = false) String closeReason,
                         HttpServletRequest http, Model model) {
        String user = guard.posted(actionToken, http);
        CarriedIssue issue = service.issue(cycleKey, issueId);
        FollowUpDraft draft = new FollowUpDraft(done, result, responsible, decision, newWording, closeReason);
        try {
            service.record(cycleKey, issueId, draft, user);
            return "redirect:/api/cykel/" + cycleKey + "/uppfoljning?klart=" + issue.position() + "#fraga-" + issue.position();
        } catch (FollowUpRefusedException refused) {
            return render(cycleKey, issueId, draft, refused.problems(), model);
        }
    }

    private String render(String cycleKey, String editing, FollowUpDraft draft, Map<String, String> problems, Model model) {
        List<Row> rows = service.issues(cycleKey).stream()
                .map(issue -> issue.id().equals(editing) ? new Row(issue, draft, problems)
                        : new Row(issue, recorded(issue), Map.of()))
                .toList();
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("follows", cycles.planOf(cycleKey).follows());
        model.addAttribute("rows", rows);
        model.addAttribute("completed", service.completed(cycleKey));
        model.addAttribute("responsibleOptions", CarryForwardService.responsibleOptions(cycles.planOf(cycleKey)));
        model.addAttribute("decisions", FollowUpDecision.values());
        model.addAttribute("missing", service.issues(cycleKey).stream().filter(issue -> !issue.recorded()).count());
        model.addAttribute("actionToken", guard.actionToken());
        return "carryforward/follow-up";
    }

    private static FollowUpDraft recorded(CarriedIssue issue) {
        return new FollowUpDraft(issue.done(), issue.result(), issue.responsible(),
                issue.decision() == null ? null : issue.decision().name(), issue.newWording(), issue.closeReason());
    }

    /** One issue on the page: the issue, the values its form shows, and the problems of its last post. */
    public record Row(CarriedIssue issue, FollowUpDraft values, Map<String, String> problems) {
    }
}
