package se.paverkansagenda.refgroup;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;
import se.paverkansagenda.web.PageProblem;

/**
 * The officials' page of a cycle's reference groups: the groups with their members, meetings and advice;
 * a form to form a group or change one (a fixed number of member rows, no script needed); cancelling a
 * group; and recording a group's advice on its issues as an official.
 */
@Controller
@OfficialsPage
@RequestMapping("/api/cykel/{cycleKey}/referensgrupper")
public class ReferenceGroupPageController {

    /** The advice fields' names: {@code rad.} and the issue's key (a RUS area's code or a proposal's id). */
    static final String ADVICE_PREFIX = "rad.";

    private final ReferenceGroupService service;
    private final CycleService cycles;
    private final PageGuard guard;

    public ReferenceGroupPageController(ReferenceGroupService service, CycleService cycles, PageGuard guard) {
        this.service = service;
        this.cycles = cycles;
        this.guard = guard;
    }

    @GetMapping
    public String page(@PathVariable String cycleKey, @RequestParam(required = false) String klart, Model model) {
        guard.allowed();
        model.addAttribute("saved", klart);
        return render(cycleKey, new GroupForm().withBlankRows(), Map.of(), model);
    }

    @PostMapping
    public String create(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                         @ModelAttribute("form") GroupForm form, HttpServletRequest http, Model model) {
        String user = guard.posted(actionToken, http);
        tooManyRows(form);
        try {
            service.save(cycleKey, null, form.draft(), user);
            return "redirect:/api/cykel/" + cycleKey + "/referensgrupper?klart=sparad";
        } catch (ReferenceGroupRefusedException refused) {
            forged(refused);
            return render(cycleKey, form.withBlankRows(), refused.problems(), model);
        }
    }

    @GetMapping("/{groupId}")
    public String group(@PathVariable String cycleKey, @PathVariable String groupId,
                        @RequestParam(required = false) String klart, Model model) {
        guard.allowed();
        ReferenceGroup group = service.group(cycleKey, groupId);
        model.addAttribute("saved", klart);
        return renderGroup(cycleKey, group, GroupForm.of(group), Map.of(), Map.of(), model);
    }

    @PostMapping("/{groupId}")
    public String update(@PathVariable String cycleKey, @PathVariable String groupId,
                         @RequestParam(required = false) String actionToken, @ModelAttribute("form") GroupForm form,
                         HttpServletRequest http, Model model) {
        String user = guard.posted(actionToken, http);
        ReferenceGroup group = service.group(cycleKey, groupId);
        tooManyRows(form);
        try {
            service.save(cycleKey, groupId, form.draft(), user);
            return "redirect:/api/cykel/" + cycleKey + "/referensgrupper/" + groupId + "?klart=sparad";
        } catch (ReferenceGroupRefusedException refused) {
            forged(refused);
            return renderGroup(cycleKey, group, form.withBlankRows(), refused.problems(), Map.of(), model);
        }
    }

    @PostMapping("/{groupId}/installd")
    public String cancel(@PathVariable String cycleKey, @PathVariable String groupId,
                         @RequestParam(required = false) String actionToken, HttpServletRequest http) {
        String user = guard.posted(actionToken, http);
        service.cancel(cycleKey, groupId, user);
        return "redirect:/api/cykel/" + cycleKey + "/referensgrupper?klart=installd";
    }

    @PostMapping("/{groupId}/rad")
    public String advice(@PathVariable String cycleKey, @PathVariable String groupId,
                         @RequestParam(required = false) String actionToken, @RequestParam MultiValueMap<String, String> fields,
                         HttpServletRequest http, Model model) {
        String user = guard.posted(actionToken, http);
        ReferenceGroup group = service.group(cycleKey, groupId);
        Map<String, String> byArea = adviceFields(fields);
        try {
            service.recordAdvice(cycleKey, groupId, byArea, null, user);
            return "redirect:/api/cykel/" + cycleKey + "/referensgrupper/" + groupId + "?klart=rad";
        } catch (ReferenceGroupRefusedException refused) {
            forged(refused);
            return renderGroup(cycleKey, group, GroupForm.of(group), Map.of(), refused.problems(), model);
        }
    }

    /** The posted advice texts by issue area: each field {@code rad.<code>}. */
    static Map<String, String> adviceFields(MultiValueMap<String, String> fields) {
        Map<String, String> byArea = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(ADVICE_PREFIX) && !values.isEmpty()) {
                byArea.put(name.substring(ADVICE_PREFIX.length()), values.get(0));
            }
        });
        return byArea;
    }

    /** An issue the page does not offer comes from a forged form: 400, nothing saved. */
    private static void forged(ReferenceGroupRefusedException refused) {
        refused.unknownIssue().ifPresent(problem -> {
            throw new PageProblem(400, "Fel i formuläret", problem + " Inget har sparats.");
        });
    }

    private static void tooManyRows(GroupForm form) {
        if (form.getMembers().size() > GroupForm.MAX_ROWS) {
            throw new PageProblem(400, "Fel i formuläret", "Högst " + GroupForm.MAX_ROWS
                    + " medlemsrader per grupp. Inget har ändrats.");
        }
    }

    private String render(String cycleKey, GroupForm form, Map<String, String> problems, Model model) {
        Plan plan = cycles.planOf(cycleKey);
        List<ReferenceGroup> groups = service.groups(cycleKey);
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("plan", plan);
        model.addAttribute("used", plan.referenceGroups().used());
        model.addAttribute("groups", groups);
        model.addAttribute("compiledProposals", service.compiledProposals(cycleKey));
        model.addAttribute("advice", service.adviceOf(cycleKey));
        model.addAttribute("invited", service.invited(cycleKey));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("actionToken", guard.actionToken());
        return "refgroup/groups";
    }

    private String renderGroup(String cycleKey, ReferenceGroup group, GroupForm form, Map<String, String> problems,
                               Map<String, String> adviceProblems, Model model) {
        Plan plan = cycles.planOf(cycleKey);
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("plan", plan);
        model.addAttribute("group", group);
        List<CycleProposal> compiled = service.compiledProposals(cycleKey);
        model.addAttribute("areaLabels", group.issues().stream()
                .map(code -> new AreaLabel(code, ReferenceGroupService.issueLabel(plan, compiled, code))).toList());
        model.addAttribute("compiledProposals", compiled);
        model.addAttribute("advice", service.adviceOf(cycleKey).stream()
                .filter(advice -> advice.groupId().equals(group.id())).toList());
        model.addAttribute("proposals", service.proposalsOf(group));
        model.addAttribute("invited", service.invited(cycleKey));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("adviceProblems", adviceProblems);
        model.addAttribute("actionToken", guard.actionToken());
        return "refgroup/group";
    }

    /** An issue's key (a RUS area's code or a proposal's id) and its name in words. */
    public record AreaLabel(String code, String label) {
    }
}
