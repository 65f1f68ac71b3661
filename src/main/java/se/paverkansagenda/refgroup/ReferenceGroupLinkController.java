package se.paverkansagenda.refgroup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import se.paverkansagenda.answer.AnswerBodyLimit;
import se.paverkansagenda.answer.AttachmentType;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.answer.UploadedFile;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.link.FailedLinkAttempts;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.web.FormBodies;

/**
 * The page a reference group's member gives the group's advice on, reached from the personal link in
 * the invitation: no account, the token is the key and opens its own group only. A text per issue the
 * group covers and, if the group wants, one file (PDF or Word, known by its content); a receipt after.
 * Works without JavaScript.
 */
@Controller
@RequestMapping("/referensgrupp/{token}")
public class ReferenceGroupLinkController {

    /** The largest form with its file; within {@code spring.servlet.multipart.max-request-size}. */
    static final long MAX_BODY_BYTES = 12L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final ReferenceGroupTokens tokens;
    private final FailedLinkAttempts attempts;
    private final ReferenceGroupService service;
    private final CycleService cycles;

    public ReferenceGroupLinkController(ReferenceGroupTokens tokens, FailedLinkAttempts attempts,
                                        ReferenceGroupService service, CycleService cycles) {
        this.tokens = tokens;
        this.attempts = attempts;
        this.service = service;
        this.cycles = cycles;
    }

    @GetMapping
    public String show(@PathVariable String token, HttpServletRequest http, Model model) {
        ReferenceGroupTokens.Holder holder = holder(token, http);
        return page(token, group(holder), Map.of(), Map.of(), model);
    }

    @PostMapping
    public String post(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields,
                       @RequestParam(name = "bilaga", required = false) MultipartFile file, HttpServletRequest http,
                       Model model) {
        if (!FormBodies.isFieldsOrFiles(http.getContentType())) {
            throw new LinkPageProblem(415, "Fel sorts innehåll", "Rådet ska skickas från formuläret på sidan. Inget har sparats.");
        }
        if (http.getAttribute(AnswerBodyLimit.REFUSAL) != null || http.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        ReferenceGroupTokens.Holder holder = holder(token, http);
        ReferenceGroup group = group(holder);
        Map<String, String> byArea = ReferenceGroupPageController.adviceFields(fields);
        UploadedFile upload;
        try {
            upload = checked(file);
        } catch (ReferenceGroupRefusedException refused) {
            return page(token, group, byArea, refused.problems(), model);
        }
        try {
            service.recordAdvice(group.cycleKey(), group.id(), byArea, upload, holder.email());
        } catch (ReferenceGroupRefusedException refused) {
            refused.unknownIssue().ifPresent(problem -> {
                throw new LinkPageProblem(400, "Fel i formuläret", problem + " Inget har sparats.");
            });
            return page(token, group, byArea, refused.problems(), model);
        }
        return "redirect:/referensgrupp/" + token + "/kvitto";
    }

    @GetMapping("/kvitto")
    public String receipt(@PathVariable String token, HttpServletRequest http, Model model) {
        ReferenceGroup group = group(holder(token, http));
        Plan plan = cycles.planOf(group.cycleKey());
        model.addAttribute("plan", plan);
        model.addAttribute("group", group);
        model.addAttribute("advice", service.adviceOf(group.cycleKey()).stream()
                .filter(advice -> advice.groupId().equals(group.id()))
                .map(advice -> new AreaAdvice(ReferenceGroupService.issueLabel(plan, service.proposalsOf(group),
                        advice.issue()), advice.text()))
                .toList());
        model.addAttribute("attachment", service.attachmentOf(group.cycleKey(), group.id())
                .map(ReferenceGroupRepository.GroupAttachment::fileName).orElse(null));
        model.addAttribute("token", token);
        return "refgroup/receipt";
    }

    private String page(String token, ReferenceGroup group, Map<String, String> typed, Map<String, String> problems,
                        Model model) {
        Plan plan = cycles.planOf(group.cycleKey());
        List<ReferenceGroupAdvice> saved = service.adviceOf(group.cycleKey()).stream()
                .filter(advice -> advice.groupId().equals(group.id())).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("group", group);
        model.addAttribute("meetingDay", SwedishDates.day(group.meetingDay()));
        List<CycleProposal> proposals = service.proposalsOf(group);
        model.addAttribute("areas", group.issues().stream().map(code -> new AreaForm(code,
                ReferenceGroupService.issueLabel(plan, proposals, code),
                typed.getOrDefault(code, saved.stream().filter(a -> a.issue().equals(code)).map(ReferenceGroupAdvice::text)
                        .findFirst().orElse("")),
                proposals.stream().filter(p -> code.equals(p.rusArea()) || code.equals(p.id())).toList())).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("attachment", service.attachmentOf(group.cycleKey(), group.id())
                .map(ReferenceGroupRepository.GroupAttachment::fileName).orElse(null));
        model.addAttribute("maxFileMegabytes", MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("token", token);
        return "refgroup/member";
    }

    /** The file chosen, checked by its content to be a PDF or a Word document within the limit; none if none. */
    private static UploadedFile checked(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return null;
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty()) {
            throw refused("Filen " + name + " är tom.");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw refused("Filen " + name + " är för stor; en bilaga får vara högst " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
        Optional<AttachmentType> type = AttachmentType.of(content);
        if (type.isEmpty()) {
            throw refused("Filen " + name + " är varken en PDF eller ett Word-dokument (DOCX). Det är filens innehåll "
                    + "som avgör, inte dess namn.");
        }
        Optional<String> problem = type.get().problemOpening(content);
        if (problem.isPresent()) {
            throw refused("Filen " + name + " " + problem.get());
        }
        return new UploadedFile(type.get().fileName(name), type.get(), content);
    }

    private static ReferenceGroupRefusedException refused(String message) {
        return new ReferenceGroupRefusedException(Map.of("bilaga", message));
    }

    /** The token's holder; a wrong token counts against the address, as the answer links' do. */
    private ReferenceGroupTokens.Holder holder(String token, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        return tokens.holderOf(token).orElseThrow(() -> {
            if (attempts.blocked(address)) {
                return new LinkPageProblem(429, "För många försök", "För många felaktiga länkar från din adress. "
                        + "Försök igen om " + attempts.retryAfterSeconds(address) + " sekunder.");
            }
            attempts.failed(address);
            return unknown();
        });
    }

    private ReferenceGroup group(ReferenceGroupTokens.Holder holder) {
        return service.groups(cycleOf(holder)).stream().filter(group -> group.id().equals(holder.groupId()))
                .findFirst().orElseThrow(ReferenceGroupLinkController::unknown);
    }

    private String cycleOf(ReferenceGroupTokens.Holder holder) {
        return service.cycleOf(holder.groupId()).orElseThrow(ReferenceGroupLinkController::unknown);
    }

    private static LinkPageProblem unknown() {
        return new LinkPageProblem(404, "Länken fungerar inte", "Länken leder inte till någon referensgrupp. "
                + "Kontrollera att du har kopierat hela länken från kallelsen.");
    }

    private static LinkPageProblem tooLarge() {
        return new LinkPageProblem(413, "För stort", "Rådet med sin bilaga får vara högst " + MAX_BODY_BYTES / (1024 * 1024)
                + " MB. Inget har sparats.");
    }


    @ExceptionHandler(LinkPageProblem.class)
    String problem(LinkPageProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status);
        model.addAttribute("title", problem.title);
        model.addAttribute("message", problem.getMessage());
        return "answer/problem";
    }

    @ExceptionHandler(UnknownReferenceGroupException.class)
    String unknownGroup(UnknownReferenceGroupException e, HttpServletResponse response, Model model) {
        return problem(unknown(), response, model);
    }

    @ExceptionHandler(InvalidPropertyException.class)
    String notTheForm(InvalidPropertyException e, HttpServletResponse response, Model model) {
        return problem(new LinkPageProblem(400, "Fel i formuläret", "Rådet ska skickas från formuläret på sidan. "
                + "Inget har sparats."), response, model);
    }

    @ExceptionHandler(MultipartException.class)
    String unreadable(MultipartException e, HttpServletResponse response, Model model) {
        return problem(e instanceof MaxUploadSizeExceededException ? tooLarge()
                : new LinkPageProblem(400, "Fel i formuläret", "Formuläret kunde inte läsas. Inget har sparats."),
                response, model);
    }

    /** One issue of the form: its area, the text shown in its field, and the group's compiled proposals in it. */
    public record AreaForm(String code, String label, String text, List<se.paverkansagenda.answer.CycleProposal> proposals) {
    }

    /** Saved advice as the receipt shows it. */
    public record AreaAdvice(String label, String text) {
    }

    /** A refusal of the link's page, shown as a Swedish page with its status. */
    static class LinkPageProblem extends RuntimeException {
        final int status;
        final String title;

        LinkPageProblem(int status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }
    }
}
