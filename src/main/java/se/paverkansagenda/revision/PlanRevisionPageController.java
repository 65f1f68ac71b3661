package se.paverkansagenda.revision;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.paverkansagenda.cycle.PlanUpload;
import se.paverkansagenda.plan.InvalidPlanException;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.web.BadRequestException;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;

/**
 * The process owner's page for revising a running cycle's plan: the newest version to edit in place or a
 * revised plan file to upload, and the reason. A refused revision shows every problem with the text as it
 * was sent, so nothing typed is lost; a saved one shows what changed and who was told.
 */
@Controller
@OfficialsPage
@RequestMapping("/api/cykel/{cycleKey}/plan")
public class PlanRevisionPageController {

    private final PlanRevisions revisions;
    private final PageGuard guard;
    private final CurrentUser user;

    public PlanRevisionPageController(PlanRevisions revisions, PageGuard guard, CurrentUser user) {
        this.revisions = revisions;
        this.guard = guard;
        this.user = user;
    }

    @GetMapping
    public String page(@PathVariable String cycleKey, @RequestParam(required = false) Integer klart, Model model) {
        processOwner();
        int latest = revisions.latestVersion(cycleKey);
        if (klart != null) {
            revisions.revisions(cycleKey).stream().filter(revision -> revision.version() == klart).findFirst()
                    .ifPresent(revision -> model.addAttribute("saved", revision));
        }
        return render(cycleKey, latest, revisions.version(cycleKey, latest), "", List.of(), model);
    }

    @PostMapping
    public String revise(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                         @RequestParam(required = false) Integer basedOn, @RequestParam(required = false) String reason,
                         @RequestParam(name = "plan", required = false) String text,
                         @RequestParam(name = "planfil", required = false) MultipartFile file,
                         HttpServletRequest http, Model model) throws IOException {
        processOwner();
        String by = guard.postedWithFile(actionToken, http);
        int latest = revisions.latestVersion(cycleKey);
        int base = basedOn == null ? latest : basedOn;
        String plan = text == null ? "" : text;
        try {
            if (file != null && !file.isEmpty()) {
                plan = uploaded(file);
            }
            if (plan.isBlank()) {
                throw new BadRequestException("Skriv in den ändrade planen eller välj en planfil; inget har ändrats.");
            }
            PlanRevision revision = revisions.revise(cycleKey, plan, reason, base, by);
            return "redirect:/api/cykel/" + cycleKey + "/plan?klart=" + revision.version();
        } catch (InvalidPlanException invalid) {
            return render(cycleKey, base, plan, reason, invalid.violations(), model);
        } catch (BadRequestException | RevisionConflictException refused) {
            return render(cycleKey, base, plan, reason, List.of(refused.getMessage()), model);
        }
    }

    private void processOwner() {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS);
    }

    private static String uploaded(MultipartFile file) throws IOException {
        if (file.getSize() > PlanUpload.MAX_BYTES) {
            throw new BadRequestException("Planfilen är för stor (högst 1 000 000 byte); inget har ändrats.");
        }
        return new String(file.getBytes(), StandardCharsets.UTF_8);
    }

    private String render(String cycleKey, int basedOn, String plan, String reason, List<String> problems,
                          Model model) {
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("plan", plan);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("problems", problems);
        model.addAttribute("revisions", revisions.revisions(cycleKey));
        model.addAttribute("actionToken", guard.actionToken());
        model.addAttribute("maxReason", PlanRevisions.MAX_REASON);
        return "revision/plan";
    }
}
