package se.paverkansagenda.answer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
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
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.link.FailedLinkAttempts;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The page a municipality or an organisation answers on, reached from the personal link in its
 * e-mail: no account, the token is the key. Works without JavaScript.
 */
@Controller
@RequestMapping("/svar/{token}")
public class AnswerPageController {

    static final long MAX_BODY_BYTES = 256 * 1024;

    private final AnswerTokens tokens;
    private final FailedLinkAttempts attempts;
    private final RoundService rounds;
    private final CycleService cycles;
    private final PublicAnswerService answers;

    public AnswerPageController(AnswerTokens tokens, FailedLinkAttempts attempts, RoundService rounds,
                                CycleService cycles, PublicAnswerService answers) {
        this.tokens = tokens;
        this.attempts = attempts;
        this.rounds = rounds;
        this.cycles = cycles;
        this.answers = answers;
    }

    @GetMapping
    public String show(@PathVariable String token, HttpServletRequest http, Model model) {
        RoundRequest request = openRequest(token, http);
        AnswerForm form = new AnswerForm();
        if (request.kind() == RoundKind.INPUT) {
            List<ProposalRow> saved = answers.proposalsOf(request.id());
            form.setProposals(saved.isEmpty() ? List.of(new ProposalRow()) : saved);
        } else if (request.answerText() != null) {
            form.setStatement(request.answerText());
        }
        return page(request, form, model);
    }

    @PostMapping
    public String post(@PathVariable String token, @RequestParam(defaultValue = "save") String action,
                       @ModelAttribute("form") AnswerForm form, BindingResult errors, HttpServletRequest http,
                       Model model) {
        if (http.getContentType() == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(http.getContentType()))) {
            throw LinkProblem.wrongContentType();
        }
        if (http.getContentLengthLong() > MAX_BODY_BYTES) {
            throw LinkProblem.tooLarge(MAX_BODY_BYTES);
        }
        RoundRequest request = openRequest(token, http);
        return request.kind() == RoundKind.INPUT
                ? proposals(token, request, action, form, errors, model)
                : statement(token, request, form, errors, model);
    }

    @GetMapping("/kvitto")
    public String receipt(@PathVariable String token, HttpServletRequest http, Model model) {
        RoundRequest request = rounds.request(requestIdOf(token, http));
        model.addAttribute("request", request);
        model.addAttribute("plan", cycles.planOf(request.cycleKey()));
        model.addAttribute("proposals", answers.proposalsOf(request.id()));
        model.addAttribute("deadline", SwedishDates.day(request.deadline()));
        model.addAttribute("token", token);
        return "answer/receipt";
    }

    private String proposals(String token, RoundRequest request, String action, AnswerForm form, BindingResult errors,
                             Model model) {
        List<ProposalRow> rows = form.getProposals().stream()
                .filter(row -> !row.isRemove()).map(ProposalRow::trimmed).collect(Collectors.toList());
        if ("add".equals(action)) {
            rows.add(new ProposalRow());
            form.setProposals(rows);
            return page(request, form, model);
        }
        form.setProposals(rows);
        boolean submit = "submit".equals(action);
        AnswerValidator.proposals(rows, rusAreaCodes(request), submit, errors);
        if (errors.hasErrors()) {
            return page(request, form, model);
        }
        List<ProposalRow> filled = rows.stream().filter(row -> !row.isEmpty()).toList();
        if (!submit) {
            answers.saveDraft(request, filled);
            model.addAttribute("saved", true);
            form.setProposals(filled.isEmpty() ? List.of(new ProposalRow()) : filled);
            return page(request, form, model);
        }
        answers.submitProposals(request, filled);
        return "redirect:/svar/" + token + "/kvitto";
    }

    private String statement(String token, RoundRequest request, AnswerForm form, BindingResult errors, Model model) {
        String statement = form.getStatement() == null ? "" : form.getStatement().trim();
        form.setStatement(statement);
        AnswerValidator.statement(statement, form.isNoComments(), errors);
        if (errors.hasErrors()) {
            return page(request, form, model);
        }
        answers.submitStatement(request, form.isNoComments() ? "Inga synpunkter." : statement);
        return "redirect:/svar/" + token + "/kvitto";
    }

    private String page(RoundRequest request, AnswerForm form, Model model) {
        Plan plan = cycles.planOf(request.cycleKey());
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("plan", plan);
        model.addAttribute("deadline", SwedishDates.day(request.deadline()));
        model.addAttribute("levels", DecisionLevel.values());
        model.addAttribute("input", request.kind() == RoundKind.INPUT);
        return "answer/request";
    }

    private RoundRequest openRequest(String token, HttpServletRequest http) {
        RoundRequest request = rounds.request(requestIdOf(token, http));
        if (!answers.isOpen(request)) {
            throw LinkProblem.closed(SwedishDates.day(request.deadline()));
        }
        return request;
    }

    private String requestIdOf(String token, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        if (attempts.blocked(address)) {
            throw LinkProblem.tooManyAttempts(attempts.retryAfterSeconds(address));
        }
        return tokens.requestOf(token).orElseThrow(() -> {
            attempts.failed(address);
            return LinkProblem.unknown();
        });
    }

    private Set<String> rusAreaCodes(RoundRequest request) {
        return cycles.planOf(request.cycleKey()).rusAreas().stream().map(Plan.RusArea::code)
                .collect(Collectors.toSet());
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
}
