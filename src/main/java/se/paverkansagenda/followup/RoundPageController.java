package se.paverkansagenda.followup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.paverkansagenda.answer.AnswerAudit;
import se.paverkansagenda.answer.AttachmentDownload;
import se.paverkansagenda.answer.AttachmentRepository;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.UnknownCycleException;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.process.AgendaProcess.Groups;
import se.paverkansagenda.round.ActionRefusedException;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.round.UnknownRequestException;
import se.paverkansagenda.round.UnknownRoundException;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.security.ForbiddenException;
import se.paverkansagenda.web.FormBodies;
import se.paverkansagenda.web.ActionTokens;
import se.paverkansagenda.web.TextRules;

/**
 * The officials' and the process owner's pages of a round, behind the Camunda login of {@code /api}:
 * who has answered, who has not and who is late, and for one recipient its answer, its audit trail
 * and the actions: remind now, extend the deadline, register an answer that came another way.
 * Works without JavaScript; every action answers with a redirect to the page it came from.
 */
@Controller
@RequestMapping("/api/omgang/{cycleKey}/{round}")
public class RoundPageController {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_ANSWER_TEXT = 100_000;
    private static final Map<String, String> DONE = Map.of(
            "paminnelse", "Påminnelsen är skickad.",
            "forlangd", "Svarstiden är förlängd.",
            "registrerat", "Svaret är registrerat.");

    private final RoundFollowUp followUp;
    private final RoundService rounds;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final ProposalRepository proposals;
    private final AttachmentRepository attachments;
    private final AnswerAudit audit;
    private final ActionTokens actionTokens;
    private final CurrentUser user;
    private final PublicAnswerService publicAnswers;

    public RoundPageController(RoundFollowUp followUp, RoundService rounds, CycleService cycles,
                               DeadlineService deadlines, ProposalRepository proposals,
                               AttachmentRepository attachments, AnswerAudit audit, ActionTokens actionTokens,
                               CurrentUser user, PublicAnswerService publicAnswers) {
        this.publicAnswers = publicAnswers;
        this.followUp = followUp;
        this.rounds = rounds;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.proposals = proposals;
        this.attachments = attachments;
        this.audit = audit;
        this.actionTokens = actionTokens;
        this.user = user;
    }

    @GetMapping
    public String round(@PathVariable String cycleKey, @PathVariable String round,
                        @RequestParam(required = false) String klart, Model model) {
        allowed();
        RoundKind kind = RoundKind.ofSlug(round);
        cycles.find(cycleKey);
        List<Row> rows = followUp.round(cycleKey, kind).stream().map(this::row).toList();
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("kind", kind);
        model.addAttribute("rows", rows);
        model.addAttribute("answered", rows.stream().filter(r -> r.line().standing().answered()).count());
        model.addAttribute("late", rows.stream().filter(r -> r.line().standing().late()).count());
        model.addAttribute("today", SwedishDates.day(deadlines.today()));
        model.addAttribute("actionToken", actionTokens.issue(user.id()));
        model.addAttribute("done", klart == null ? null : DONE.get(klart));
        return "round/overview";
    }

    @GetMapping("/{requestId}")
    public String request(@PathVariable String cycleKey, @PathVariable String round, @PathVariable String requestId,
                          @RequestParam(required = false) String klart, Model model) {
        allowed();
        RoundRequest request = requestOf(cycleKey, round, requestId);
        model.addAttribute("done", klart == null ? null : DONE.get(klart));
        return requestPage(request, new ExtendForm(), new RegisterForm(), model);
    }

    @PostMapping("/{requestId}/paminn")
    public String remind(@PathVariable String cycleKey, @PathVariable String round, @PathVariable String requestId,
                         @RequestParam(required = false) String actionToken, @RequestParam(defaultValue = "")
                         String back, HttpServletRequest http, Model model) {
        RoundRequest request = postedFor(cycleKey, round, requestId, actionToken, http);
        try {
            followUp.remindNow(requestId, user.id());
        } catch (ActionRefusedException refused) {
            model.addAttribute("actionError", refused.getMessage());
            return requestPage(request, new ExtendForm(), new RegisterForm(), model);
        }
        return "overview".equals(back) ? "redirect:" + roundPath(request) + "?klart=paminnelse"
                : "redirect:" + requestPath(request) + "?klart=paminnelse";
    }

    @PostMapping("/{requestId}/forlang")
    public String extend(@PathVariable String cycleKey, @PathVariable String round, @PathVariable String requestId,
                         @RequestParam(required = false) String actionToken,
                         @ModelAttribute("extendForm") ExtendForm form, BindingResult errors, HttpServletRequest http,
                         Model model) {
        RoundRequest request = postedFor(cycleKey, round, requestId, actionToken, http);
        Optional<LocalDate> newDeadline = date(form.getNewDeadline(), "newDeadline", "Ange det nya sista svarsdatumet",
                errors);
        if (newDeadline.isPresent()) {
            try {
                followUp.extendDeadline(requestId, newDeadline.get(), user.id());
                return "redirect:" + requestPath(request) + "?klart=forlangd";
            } catch (ActionRefusedException refused) {
                errors.rejectValue(refused.field(), "refused", refused.getMessage());
                model.addAttribute("actionError", refused.getMessage());
            }
        }
        return requestPage(request, form, new RegisterForm(), model);
    }

    @PostMapping("/{requestId}/registrera")
    public String register(@PathVariable String cycleKey, @PathVariable String round, @PathVariable String requestId,
                           @RequestParam(required = false) String actionToken,
                           @ModelAttribute("registerForm") RegisterForm form, BindingResult errors,
                           HttpServletRequest http, Model model) {
        RoundRequest request = postedFor(cycleKey, round, requestId, actionToken, http);
        AnswerChannel channel = "EMAIL".equals(form.getChannel()) ? AnswerChannel.EMAIL
                : "PAPER".equals(form.getChannel()) ? AnswerChannel.PAPER : null;
        if (channel == null) {
            errors.rejectValue("channel", "required", "Välj hur svaret kom in: per e-post eller på papper.");
        }
        Optional<LocalDate> receivedOn = date(form.getReceivedOn(), "receivedOn", "Ange dagen då svaret kom in", errors);
        String text = form.getText() == null ? "" : form.getText().trim();
        form.setText(text);
        TextRules.problem(text, "Svarstexten", MAX_ANSWER_TEXT, true)
                .ifPresent(problem -> errors.rejectValue("text", "invalid", problem));
        if (!errors.hasErrors()) {
            try {
                followUp.register(requestId, new Answer(text, user.id(), channel, receivedOn.orElseThrow()),
                        form.getSections());
                return "redirect:" + requestPath(request) + "?klart=registrerat";
            } catch (ActionRefusedException refused) {
                if ("sections".equals(refused.field())) {
                    // the page offers only the draft's sections: another key is a forged form
                    throw new PageProblem(400, "Fel i formuläret", refused.getMessage() + " Inget har registrerats.");
                }
                errors.rejectValue(refused.field(), "refused", refused.getMessage());
                model.addAttribute("actionError", refused.getMessage());
            }
        }
        return requestPage(request, new ExtendForm(), form, model);
    }

    /** A file an organisation attached to its statement. */
    @GetMapping("/{requestId}/bilagor/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable String cycleKey, @PathVariable String round,
                                             @PathVariable String requestId, @PathVariable String attachmentId) {
        allowed();
        RoundRequest request = requestOf(cycleKey, round, requestId);
        return attachments.find(request.id(), attachmentId)
                .flatMap(file -> attachments.content(request.id(), attachmentId)
                        .map(content -> AttachmentDownload.of(file, content)))
                .orElseThrow(() -> new UnknownRequestException(requestId + "/" + attachmentId));
    }

    /**
     * The request's page as it stands now. A refused action's reason is shown next to its field, or at
     * the top when the request has moved on and the form is no longer there.
     */
    private String requestPage(RoundRequest asPosted, ExtendForm extendForm, RegisterForm registerForm, Model model) {
        RoundRequest request = rounds.request(asPosted.id());
        RoundFollowUp.Line line = followUp.line(request);
        boolean waiting = request.status() == RequestStatus.SENT;
        model.addAttribute("waiting", waiting);
        model.addAttribute("registrable", waiting || request.status() == RequestStatus.UNANSWERED);
        model.addAttribute("row", row(line));
        model.addAttribute("kind", request.kind());
        model.addAttribute("cycleKey", request.cycleKey());
        model.addAttribute("roundPath", roundPath(request));
        model.addAttribute("requestPath", requestPath(request));
        model.addAttribute("proposals", proposals.findByRequest(request.id()));
        model.addAttribute("attachments", attachments.findByRequest(request.id()));
        Optional<ConsultationDraft> draft = request.kind() == RoundKind.CONSULTATION
                ? rounds.consultationDraft(request.cycleKey()) : Optional.empty();
        model.addAttribute("draft", draft.orElse(null));
        List<String> named = publicAnswers.sectionsOf(request.id());
        model.addAttribute("namedSections", draft.map(d -> d.labelsOf(named)).orElse(List.of()));
        model.addAttribute("trail", audit.of(request.id()));
        LocalDate latest = rounds.lastDayBeforeNextStep(request);
        model.addAttribute("extendable", latest.isAfter(request.deadline()));
        model.addAttribute("latestDeadline", SwedishDates.day(latest));
        model.addAttribute("lastDayForAnswers", SwedishDates.day(rounds.lastDayForAnswers(request)));
        model.addAttribute("actionToken", actionTokens.issue(user.id()));
        model.addAttribute("extendForm", extendForm);
        model.addAttribute("registerForm", registerForm);
        model.addAttribute("today", deadlines.today().toString());
        return "round/request";
    }

    private Row row(RoundFollowUp.Line line) {
        RoundRequest request = line.request();
        String answered = line.answer() == null ? null
                : SwedishDates.day(line.answer().receivedOn()) + " · " + line.answer().channel().swedishName()
                        + (line.answer().channel().onBehalf() ? " (" + request.answeredBy() + ")" : "");
        return new Row(line, SwedishDates.day(request.deadline()), answered);
    }

    /** A request line as the pages show it, with its dates written out. */
    public record Row(RoundFollowUp.Line line, String deadline, String answered) {
    }

    private RoundRequest postedFor(String cycleKey, String round, String requestId, String actionToken,
                                   HttpServletRequest http) {
        allowed();
        if (!FormBodies.isFields(http.getContentType())) {
            throw new PageProblem(415, "Fel sorts innehåll", "Åtgärden ska skickas från formuläret på sidan. "
                    + "Inget har ändrats.");
        }
        if (http.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new PageProblem(413, "För stort", "Innehållet får vara högst " + MAX_BODY_BYTES / 1024
                    + " kB. Inget har ändrats.");
        }
        if (!actionTokens.valid(user.id(), actionToken)) {
            throw new PageProblem(403, "Sidan är för gammal", "Åtgärden kom inte från en aktuell sida i "
                    + "applikationen. Ladda om sidan och försök igen. Inget har ändrats.");
        }
        return requestOf(cycleKey, round, requestId);
    }

    private RoundRequest requestOf(String cycleKey, String round, String requestId) {
        RoundKind kind = RoundKind.ofSlug(round);
        RoundRequest request = rounds.request(requestId);
        if (!request.cycleKey().equals(cycleKey) || request.kind() != kind) {
            throw new UnknownRequestException(requestId);
        }
        return request;
    }

    private void allowed() {
        user.requireAnyGroup(Groups.OFFICIALS, Groups.PROCESS_OWNERS);
    }

    private static String roundPath(RoundRequest request) {
        return "/api/omgang/" + request.cycleKey() + "/" + request.kind().slug();
    }

    private static String requestPath(RoundRequest request) {
        return roundPath(request) + "/" + request.id();
    }

    private static Optional<LocalDate> date(String value, String field, String missing, BindingResult errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", missing + " (ÅÅÅÅ-MM-DD).");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date", "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2020-10-09.");
            return Optional.empty();
        }
    }


    @ExceptionHandler(PageProblem.class)
    String problem(PageProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status);
        model.addAttribute("title", problem.title);
        model.addAttribute("message", problem.getMessage());
        return "answer/problem";
    }

    @ExceptionHandler({UnknownCycleException.class, UnknownRequestException.class, UnknownRoundException.class})
    String notFound(RuntimeException e, HttpServletResponse response, Model model) {
        return problem(new PageProblem(404, "Hittades inte", e.getMessage()), response, model);
    }

    /** Form fields the pages do not have. */
    @ExceptionHandler(InvalidPropertyException.class)
    String notTheForm(InvalidPropertyException e, HttpServletResponse response, Model model) {
        return problem(new PageProblem(400, "Fel i formuläret", "Åtgärden ska skickas från formuläret på sidan. "
                + "Inget har ändrats."), response, model);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response, Model model) {
        return problem(new PageProblem(403, "Åtkomst nekad", e.getMessage()), response, model);
    }

    /** A page saying why a request to the round's pages was refused. */
    static final class PageProblem extends RuntimeException {
        private final int status;
        private final String title;

        PageProblem(int status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }
    }

    /** The form that gives a recipient a later deadline. */
    public static class ExtendForm {
        private String newDeadline = "";

        public String getNewDeadline() {
            return newDeadline;
        }

        public void setNewDeadline(String newDeadline) {
            this.newDeadline = newDeadline;
        }
    }

    /** The form that registers an answer on a recipient's behalf. */
    public static class RegisterForm {
        private String channel = "";
        private String receivedOn = "";
        private String text = "";
        private List<String> sections = new ArrayList<>();

        /** The keys of the consultation draft's sections the statement concerns. */
        public List<String> getSections() {
            return sections;
        }

        public void setSections(List<String> sections) {
            this.sections = sections == null ? new ArrayList<>() : sections;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(String receivedOn) {
            this.receivedOn = receivedOn;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
