package se.paverkansagenda.answer;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.link.FailedLinkAttempts;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundClosedException;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.web.FormBodies;

/**
 * The page a municipality or an organisation answers on, reached from the personal link in its
 * e-mail: no account, the token is the key. Works without JavaScript.
 */
@Controller
@RequestMapping("/svar/{token}")
public class AnswerPageController {

    /** The largest proposals form; a statement may be larger, by its attachments. */
    static final long MAX_BODY_BYTES = 256 * 1024;
    /** The largest statement with its attachments; {@code spring.servlet.multipart.max-request-size} matches it. */
    static final long MAX_STATEMENT_BYTES = 20L * 1024 * 1024;

    private final AnswerTokens tokens;
    private final FailedLinkAttempts attempts;
    private final RoundService rounds;
    private final CycleService cycles;
    private final PublicAnswerService answers;
    private final AttachmentRepository attachments;
    private final DeadlineService deadlines;
    private final DocumentStore documents;
    private final CarryForwardService carryForward;
    private final TransactionTemplate reading;

    public AnswerPageController(AnswerTokens tokens, FailedLinkAttempts attempts, RoundService rounds,
                                CycleService cycles, PublicAnswerService answers, AttachmentRepository attachments,
                                DeadlineService deadlines, DocumentStore documents, CarryForwardService carryForward,
                                PlatformTransactionManager transactionManager) {
        this.carryForward = carryForward;
        this.reading = new TransactionTemplate(transactionManager);
        this.documents = documents;
        this.tokens = tokens;
        this.attempts = attempts;
        this.rounds = rounds;
        this.cycles = cycles;
        this.answers = answers;
        this.attachments = attachments;
        this.deadlines = deadlines;
    }

    @GetMapping
    public String show(@PathVariable String token, HttpServletRequest http, Model model) {
        RoundRequest request = openRequest(token, http);
        AnswerForm form = new AnswerForm();
        if (request.kind() == RoundKind.INPUT) {
            List<ProposalRow> saved = answers.proposalsOf(request.id());
            form.setProposals(saved.isEmpty() ? List.of(new ProposalRow()) : saved);
            form.setComments(carryForward.commentsOf(request.id()));
        } else if (request.answerText() != null) {
            form.setStatement(PublicAnswerService.statementPart(request.answerText()));
            form.setSections(new ArrayList<>(answers.sectionsOf(request.id())));
        }
        return page(token, request, form, model);
    }

    @PostMapping
    public String post(@PathVariable String token, @RequestParam(defaultValue = "save") String action,
                       @ModelAttribute("form") AnswerForm form, BindingResult errors, HttpServletRequest http,
                       Model model) {
        if (!FormBodies.isFieldsOrFiles(http.getContentType())) {
            throw LinkProblem.wrongContentType();
        }
        Object refused = http.getAttribute(AnswerBodyLimit.REFUSAL);
        if (refused == AnswerBodyLimit.Refusal.TOO_LARGE) {
            throw LinkProblem.tooLarge(MAX_BODY_BYTES);
        }
        if (refused == AnswerBodyLimit.Refusal.UNREADABLE) {
            throw LinkProblem.unreadable();
        }
        if (http.getContentLengthLong() > MAX_STATEMENT_BYTES) {
            throw LinkProblem.tooLarge(MAX_STATEMENT_BYTES);
        }
        RoundRequest request = reading(() -> openRequest(token, http));
        if (request.kind() == RoundKind.INPUT && bodySize(http) > MAX_BODY_BYTES) {
            throw LinkProblem.tooLarge(MAX_BODY_BYTES);
        }
        return request.kind() == RoundKind.INPUT
                ? proposals(token, request, action, form, errors, model)
                : statement(token, request, form, errors, model);
    }

    @GetMapping("/kvitto")
    public String receipt(@PathVariable String token, HttpServletRequest http, Model model) {
        RoundRequest request = rounds.request(requestIdOf(token, http));
        if (request.status() != RequestStatus.ANSWERED) {
            throw LinkProblem.noAnswer();
        }
        model.addAttribute("request", request);
        model.addAttribute("plan", cycles.planOf(request.cycleKey()));
        model.addAttribute("proposals", answers.proposalsOf(request.id()));
        model.addAttribute("followUp", carryForward.issues(request.cycleKey()));
        model.addAttribute("comments", carryForward.commentsOf(request.id()));
        model.addAttribute("attachments", answers.attachmentsOf(request.id()));
        model.addAttribute("statement", request.answerText() == null ? "" : PublicAnswerService.statementPart(request.answerText()));
        List<String> named = answers.sectionsOf(request.id());
        model.addAttribute("namedSections", rounds.consultationDraft(request.cycleKey())
                .map(draft -> draft.labelsOf(named)).orElse(List.of()));
        model.addAttribute("deadline", SwedishDates.day(request.deadline()));
        model.addAttribute("changeable", rounds.openForLink(request));
        model.addAttribute("token", token);
        return "answer/receipt";
    }

    /** A file the organisation attached, for the organisation itself. */
    @GetMapping("/bilagor/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable String token, @PathVariable String attachmentId,
                                             HttpServletRequest http) {
        String requestId = requestIdOf(token, http);
        Attachment file = attachments.find(requestId, attachmentId).orElseThrow(LinkProblem::unknownAttachment);
        return AttachmentDownload.of(file, attachments.content(requestId, attachmentId).orElseThrow(LinkProblem::unknownAttachment));
    }

    /**
     * The consultation draft the request asks about, read-only, for the organisation: only through a
     * consultation request's own link, and only while the request is open (then 410 like the page).
     */
    @GetMapping("/remissversion.{extension:pdf|docx}")
    public ResponseEntity<byte[]> draft(@PathVariable String token, @PathVariable String extension,
                                        HttpServletRequest http) {
        RoundRequest request = rounds.request(requestIdOf(token, http));
        if (request.kind() != RoundKind.CONSULTATION) {
            throw LinkProblem.noDraft();
        }
        ConsultationDraft draft = rounds.consultationDraft(request.cycleKey()).orElseThrow(LinkProblem::noDraft);
        if (!rounds.openForLink(request)) {
            throw LinkProblem.closed(whyClosed(request));
        }
        boolean pdf = "pdf".equals(extension);
        StoredDocument document = documents.find(pdf ? draft.pdfDocumentId() : draft.docxDocumentId())
                .orElseThrow(LinkProblem::noDraft);
        return ResponseEntity.ok()
                .contentType(document.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName(),
                        StandardCharsets.UTF_8).build().toString())
                .body(documents.content(document.id()));
    }

    private String proposals(String token, RoundRequest request, String action, AnswerForm form, BindingResult errors,
                             Model model) {
        List<ProposalRow> rows = form.getProposals().stream()
                .filter(row -> !row.isRemove()).map(ProposalRow::trimmed).collect(Collectors.toList());
        if ("add".equals(action)) {
            rows.add(new ProposalRow());
            form.setProposals(rows);
            return page(token, request, form, model);
        }
        form.setProposals(rows);
        boolean submit = "submit".equals(action);
        if (!submit && request.status() == RequestStatus.ANSWERED) {
            // the stored proposals are the answer sent in; a draft must not change them unseen
            errors.reject("submitted", "Ert svar är redan inskickat. Ändringar sparas när ni väljer Skicka in.");
            return page(token, request, form, model);
        }
        Map<String, String> commentProblems = reading(() -> {
            AnswerValidator.proposals(rows, rusAreaCodes(request), submit, errors);
            return carryForward.commentProblems(request.cycleKey(), form.getComments());
        });
        if (!commentProblems.isEmpty()) {
            errors.reject("comments", "En kommentar till förra årets frågor behöver rättas.");
            model.addAttribute("commentProblems", commentProblems);
        }
        if (errors.hasErrors()) {
            return page(token, request, form, model);
        }
        List<ProposalRow> filled = rows.stream().filter(row -> !row.isEmpty()).toList();
        if (!submit) {
            answers.saveDraft(request, filled, form.getComments());
            model.addAttribute("saved", true);
            form.setProposals(filled.isEmpty() ? List.of(new ProposalRow()) : filled);
            return page(token, request, form, model);
        }
        answers.submitProposals(request, filled, form.getComments());
        return "redirect:/svar/" + token + "/kvitto";
    }

    private String statement(String token, RoundRequest request, AnswerForm form, BindingResult errors, Model model) {
        String statement = form.getStatement() == null ? "" : form.getStatement().trim();
        form.setStatement(statement);
        AnswerValidator.statement(statement, form.isNoComments(), errors);
        List<String> sections = form.isNoComments() ? List.of() : checkedSections(request, form, errors);
        Set<String> earlier = answers.attachmentsOf(request.id()).stream().map(Attachment::id).collect(Collectors.toSet());
        List<String> removed = form.getRemoveAttachments().stream().filter(earlier::contains).distinct().toList();
        List<UploadedFile> added = AnswerValidator.attachments(form.getAttachments(), earlier.size() - removed.size(),
                errors);
        if (errors.hasErrors()) {
            return page(token, request, form, model);
        }
        answers.submitStatement(request, form.isNoComments() ? PublicAnswerService.NO_COMMENTS : statement, added, removed,
                sections);
        return "redirect:/svar/" + token + "/kvitto";
    }

    /**
     * The sections the statement names, each once, in the draft's order; a key the draft does not have
     * (a forged form) is refused with a message.
     */
    private List<String> checkedSections(RoundRequest request, AnswerForm form, BindingResult errors) {
        Optional<ConsultationDraft> draft = rounds.consultationDraft(request.cycleKey());
        List<String> named = form.getSections().stream().filter(key -> key != null && !key.isBlank()).distinct().toList();
        ConsultationDraft.problemWith(draft, named)
                .ifPresent(problem -> errors.rejectValue("sections", "unknown", problem));
        return draft.map(d -> d.inDraftOrder(named)).orElse(List.of());
    }

    private String page(String token, RoundRequest request, AnswerForm form, Model model) {
        Plan plan = cycles.planOf(request.cycleKey());
        model.addAttribute("draft", request.kind() == RoundKind.CONSULTATION
                ? rounds.consultationDraft(request.cycleKey()).orElse(null) : null);
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("plan", plan);
        model.addAttribute("deadline", SwedishDates.day(request.deadline()));
        model.addAttribute("levels", DecisionLevel.values());
        model.addAttribute("input", request.kind() == RoundKind.INPUT);
        model.addAttribute("followUp", request.kind() == RoundKind.INPUT ? carryForward.issues(request.cycleKey()) : List.of());
        model.addAttribute("commentPrefix", CarryForwardService.COMMENT_PREFIX);
        if (!model.containsAttribute("commentProblems")) {
            model.addAttribute("commentProblems", Map.of());
        }
        model.addAttribute("attachments", answers.attachmentsOf(request.id()));
        model.addAttribute("maxAttachmentMegabytes", AnswerValidator.MAX_ATTACHMENT_BYTES / (1024 * 1024));
        model.addAttribute("maxAttachments", AnswerValidator.MAX_ATTACHMENTS);
        model.addAttribute("token", token);
        if (deadlines.today().isAfter(request.deadline())) {
            model.addAttribute("lateUntil", SwedishDates.day(rounds.lastDayForAnswers(request)));
        }
        return "answer/request";
    }

    private RoundRequest openRequest(String token, HttpServletRequest http) {
        RoundRequest request = rounds.request(requestIdOf(token, http));
        if (!rounds.openForLink(request)) {
            throw LinkProblem.closed(whyClosed(request));
        }
        return request;
    }

    /**
     * The checks' reads, each group in one transaction: on one connection from the pool, which a
     * submit otherwise waits for again at each of the dozen reads of its checks when every
     * municipality answers at once, and with the engine's queries joining it instead of each
     * beginning and committing one of its own.
     */
    private <T> T reading(Supplier<T> reads) {
        return reading.execute(status -> reads.get());
    }

    private String whyClosed(RoundRequest request) {
        String deadline = SwedishDates.day(request.deadline());
        if (rounds.roundEnded(request)) {
            return request.status() == RequestStatus.ANSWERED
                    ? "Omgången är avslutad. Ert svar är registrerat och kan inte längre ändras."
                    : "Omgången är avslutad och förfrågan är stängd. Kontakta regionen om ni ändå vill lämna ett svar.";
        }
        if (request.status() == RequestStatus.ANSWERED) {
            return "Svarstiden gick ut " + deadline + ". Ert svar är registrerat och kan inte längre ändras.";
        }
        LocalDate lastDay = rounds.lastDayForAnswers(request);
        if (lastDay.isAfter(request.deadline())) {
            return "Svarstiden gick ut " + deadline + " och sena svar togs emot till och med " + SwedishDates.day(lastDay)
                    + ". Förfrågan är nu stängd. Kontakta regionen om ni ändå vill lämna ett svar.";
        }
        return "Svarstiden gick ut " + deadline + " och förfrågan är stängd. Kontakta regionen om ni ändå vill "
                + "lämna ett svar.";
    }

    /**
     * The request the link opens. Wrong links are counted per client address (the proxy's word for it
     * when it comes through a trusted proxy); an address with too many gets 429 for its wrong links, but
     * a right link always opens, whatever others from the same address did.
     */
    private String requestIdOf(String token, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        return tokens.requestOf(token).orElseThrow(() -> {
            if (attempts.blocked(address)) {
                return LinkProblem.tooManyAttempts(attempts.retryAfterSeconds(address));
            }
            attempts.failed(address);
            return LinkProblem.unknown();
        });
    }

    private Set<String> rusAreaCodes(RoundRequest request) {
        return cycles.planOf(request.cycleKey()).rusAreas().stream().map(Plan.RusArea::code)
                .collect(Collectors.toSet());
    }

    /**
     * The body's size: its {@code Content-Length}, or for a multipart body sent in chunks the sum of its
     * parts as read (a form sent in chunks was measured by {@link AnswerBodyLimit} as it was read).
     */
    private static long bodySize(HttpServletRequest http) {
        if (http.getContentLengthLong() >= 0 || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(
                MediaType.parseMediaType(http.getContentType()))) {
            return http.getContentLengthLong();
        }
        try {
            long size = 0;
            for (Part part : http.getParts()) {
                size += part.getSize() + part.getName().length();
            }
            return size;
        } catch (IOException | ServletException e) {
            throw new MultipartException("The parts could not be read", e);
        }
    }


    @ExceptionHandler(LinkProblem.class)
    String problem(LinkProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        if (problem.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        model.addAttribute("title", problem.title());
        model.addAttribute("message", problem.getMessage());
        return "answer/problem";
    }

    /** Form fields the page does not have, such as a proposal number beyond the form's rows. */
    @ExceptionHandler(InvalidPropertyException.class)
    String notTheForm(InvalidPropertyException e, HttpServletResponse response, Model model) {
        return problem(LinkProblem.unreadable(), response, model);
    }

    /** The deadline passed between showing the page and sending the answer. */
    @ExceptionHandler(RoundClosedException.class)
    String closed(RoundClosedException closed, HttpServletResponse response, Model model) {
        return problem(LinkProblem.closed(closed.getMessage()), response, model);
    }

    /**
     * No database connection came free in time, as when every municipality answers at once on a small
     * server: nothing was stored, so the recipient is told to send again in a while, not shown an error.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    String busy(Exception e, HttpServletResponse response, Model model) {
        return problem(LinkProblem.busy(), response, model);
    }

    /** A body larger than the upload limits, refused before it was read, or one that is no whole form. */
    @ExceptionHandler(MultipartException.class)
    String unreadable(MultipartException e, HttpServletResponse response, Model model) {
        return problem(e instanceof MaxUploadSizeExceededException ? LinkProblem.tooLarge(MAX_STATEMENT_BYTES)
                : LinkProblem.unreadable(), response, model);
    }
}
