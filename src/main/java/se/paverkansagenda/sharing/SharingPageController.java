package se.paverkansagenda.sharing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.paverkansagenda.web.BadRequestException;
import se.paverkansagenda.web.ConflictException;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;

/**
 * The pages of sharing issues between regions, no script needed: a cycle's page ({@code /api/cykel/<key>/delning})
 * where its process owner offers an issue of its agenda to another region's running cycle and follows the offers
 * made and received, and an offer's page ({@code /api/delning/<id>}, the link of the mail) where the receiving
 * region's process owners accept or decline it and the offering region's withdraw it. Forms carry the action token.
 */
@Controller
@OfficialsPage
public class SharingPageController {

    private final SharingService sharing;
    private final PageGuard guard;

    public SharingPageController(SharingService sharing, PageGuard guard) {
        this.sharing = sharing;
        this.guard = guard;
    }

    @GetMapping("/api/cykel/{cycleKey}/delning")
    public String cycle(@PathVariable String cycleKey, Model model) {
        guard.allowed();
        return renderCycle(cycleKey, null, null, null, null, model);
    }

    @PostMapping("/api/cykel/{cycleKey}/delning")
    public String offer(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                        @RequestParam(required = false) String sectionKey,
                        @RequestParam(required = false) String targetCycleKey,
                        @RequestParam(required = false) String message,
                        HttpServletRequest http, HttpServletResponse response, Model model) {
        guard.posted(actionToken, http);
        try {
            SharedIssue offered = sharing.offer(cycleKey, sectionKey, targetCycleKey, message);
            return "redirect:/api/delning/" + offered.id() + "?klart=erbjuden";
        } catch (BadRequestException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            return renderCycle(cycleKey, refused.getMessage(), sectionKey, targetCycleKey, message, model);
        }
    }

    private String renderCycle(String cycleKey, String problem, String sectionKey, String targetCycleKey, String message,
                               Model model) {
        boolean mayOffer = sharing.mayOffer(cycleKey);
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("mayOffer", mayOffer);
        model.addAttribute("offerable", sharing.offerable(cycleKey));
        model.addAttribute("targets", mayOffer ? sharing.targets(cycleKey) : List.of());
        model.addAttribute("offered", sharing.offeredBy(cycleKey));
        model.addAttribute("received", sharing.offeredTo(cycleKey));
        model.addAttribute("problem", problem);
        model.addAttribute("sectionKey", sectionKey);
        model.addAttribute("targetCycleKey", targetCycleKey);
        model.addAttribute("message", message);
        model.addAttribute("actionToken", guard.actionToken());
        return "sharing/cycle";
    }

    @GetMapping("/api/delning/{id}")
    public String issue(@PathVariable String id, @RequestParam(required = false) String klart, Model model) {
        guard.allowed();
        model.addAttribute("done", klart);
        return renderIssue(sharing.find(id), null, null, model);
    }

    @PostMapping("/api/delning/{id}/acceptera")
    public String accept(@PathVariable String id, @RequestParam(required = false) String actionToken,
                         HttpServletRequest http, HttpServletResponse response, Model model) {
        guard.posted(actionToken, http);
        try {
            sharing.accept(id);
            return "redirect:/api/delning/" + id + "?klart=accepterad";
        } catch (BadRequestException | ConflictException refused) {
            return refused(id, refused, null, response, model);
        }
    }

    @PostMapping("/api/delning/{id}/avboj")
    public String decline(@PathVariable String id, @RequestParam(required = false) String actionToken,
                          @RequestParam(required = false) String reason,
                          HttpServletRequest http, HttpServletResponse response, Model model) {
        guard.posted(actionToken, http);
        try {
            sharing.decline(id, reason);
            return "redirect:/api/delning/" + id + "?klart=avbojd";
        } catch (BadRequestException | ConflictException refused) {
            return refused(id, refused, reason, response, model);
        }
    }

    @PostMapping("/api/delning/{id}/aterta")
    public String withdraw(@PathVariable String id, @RequestParam(required = false) String actionToken,
                           HttpServletRequest http, HttpServletResponse response, Model model) {
        guard.posted(actionToken, http);
        try {
            sharing.withdraw(id);
            return "redirect:/api/delning/" + id + "?klart=atertagen";
        } catch (BadRequestException | ConflictException refused) {
            return refused(id, refused, null, response, model);
        }
    }

    private String refused(String id, RuntimeException refused, String reason, HttpServletResponse response, Model model) {
        response.setStatus(refused instanceof ConflictException ? 409 : 400);
        return renderIssue(sharing.find(id), refused.getMessage(), reason, model);
    }

    private String renderIssue(SharedIssue issue, String problem, String reason, Model model) {
        model.addAttribute("issue", issue);
        model.addAttribute("ownCycles", sharing.cyclesOfUser(issue));
        model.addAttribute("mayAnswer", sharing.mayAnswer(issue));
        model.addAttribute("mayWithdraw", sharing.mayWithdraw(issue));
        model.addAttribute("problem", problem);
        model.addAttribute("reason", reason);
        model.addAttribute("actionToken", guard.actionToken());
        return "sharing/offer";
    }
}
