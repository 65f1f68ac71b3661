package se.paverkansagenda.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.carryforward.CarriedIssue;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.refgroup.ReferenceGroupAdvice;
import se.paverkansagenda.refgroup.ReferenceGroupService;
import se.paverkansagenda.sharing.SharedIssue;
import se.paverkansagenda.web.EditConflictException;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;
import se.paverkansagenda.web.PageProblem;

/**
 * The workshop's page (step 8): every municipal proposal of the cycle with a field for the number of
 * the issue it goes into. Proposals given the same number are merged into one issue; the numbers are
 * the ranking, 1 first. Each issue's title, description and RUS area start as its first proposal's and
 * may be rewritten. Works without JavaScript.
 */
@Controller
@OfficialsPage
@RequestMapping("/api/cykel/{cycleKey}/workshop")
public class WorkshopPageController {

    private static final int HIGHEST_NUMBER = 99;

    private final WorkshopService workshop;
    private final CycleService cycles;
    private final PageGuard guard;
    private final ReferenceGroupService referenceGroups;

    public WorkshopPageController(WorkshopService workshop, CycleService cycles, PageGuard guard,
                                  ReferenceGroupService referenceGroups) {
        this.referenceGroups = referenceGroups;
        this.workshop = workshop;
        this.cycles = cycles;
        this.guard = guard;
    }

    @GetMapping
    public String page(@PathVariable String cycleKey, @RequestParam(required = false) String klart, Model model) {
        guard.allowed();
        PrioritisedList list = workshop.list(cycleKey);
        WorkshopForm form = new WorkshopForm();
        form.setRevision(list.revision());
        for (CycleProposal proposal : workshop.proposals(cycleKey)) {
            form.getProposals().add(new ProposalChoice(proposal.id(),
                    list.issueOf(proposal.id()).map(issue -> String.valueOf(issue.rank())).orElse("")));
        }
        for (CarriedIssue carried : workshop.carriedIssues(cycleKey)) {
            form.getCarried().add(new ProposalChoice(carried.id(), list.issues().stream()
                    .filter(issue -> issue.carriedIssueIds().contains(carried.id())).findFirst()
                    .map(issue -> String.valueOf(issue.rank())).orElse("")));
        }
        for (SharedIssue shared : workshop.sharedIssues(cycleKey)) {
            form.getShared().add(new ProposalChoice(shared.id(), list.issues().stream()
                    .filter(issue -> issue.sharedIssueIds().contains(shared.id())).findFirst()
                    .map(issue -> String.valueOf(issue.rank())).orElse("")));
        }
        for (PrioritisedIssue issue : list.issues()) {
            form.getIssues().add(new IssueText(issue.title(), issue.description(), issue.rusArea()));
        }
        model.addAttribute("saved", klart != null);
        return render(cycleKey, form, model);
    }

    @PostMapping
    public String save(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                       @ModelAttribute("form") WorkshopForm form, BindingResult errors, HttpServletRequest http,
                       HttpServletResponse response, Model model) {
        String user = guard.posted(actionToken, http);
        List<CycleProposal> proposals = workshop.proposals(cycleKey);
        form.setProposals(inOrder(form.getProposals(), proposals.stream().map(CycleProposal::id).toList(), "cykelns inspel"));
        List<CarriedIssue> carriedIssues = workshop.carriedIssues(cycleKey);
        form.setCarried(inOrder(form.getCarried(), carriedIssues.stream().map(CarriedIssue::id).toList(),
                "förra årets överförda frågor"));
        Map<Integer, List<CycleProposal>> byNumber = numbers(form.getProposals(), "proposals", proposals, errors);
        Map<Integer, List<CarriedIssue>> carriedByNumber = numbers(form.getCarried(), "carried", carriedIssues, errors);
        List<SharedIssue> sharedIssues = workshop.sharedIssues(cycleKey);
        form.setShared(inOrder(form.getShared(), sharedIssues.stream().map(SharedIssue::id).toList(),
                "frågorna som andra regioner delat"));
        Map<Integer, List<SharedIssue>> sharedByNumber = numbers(form.getShared(), "shared", sharedIssues, errors);
        TreeSet<Integer> allNumbers = new TreeSet<>(byNumber.keySet());
        allNumbers.addAll(carriedByNumber.keySet());
        allNumbers.addAll(sharedByNumber.keySet());
        List<Integer> numbers = new ArrayList<>(allNumbers);
        int cap = workshop.cap(cycleKey);
        if (numbers.size() > cap) {
            model.addAttribute("formError", "Genomförandeplanen tillåter högst " + cap + " prioriterade frågor; "
                    + "inspelen har nu " + numbers.size() + " olika nummer. Slå ihop eller ta bort frågor.");
            rejectOverCap(form.getProposals(), "proposals", numbers, cap, errors);
            rejectOverCap(form.getCarried(), "carried", numbers, cap, errors);
            rejectOverCap(form.getShared(), "shared", numbers, cap, errors);
        }
        if (errors.hasErrors()) {
            return render(cycleKey, form, model);
        }
        Plan plan = cycles.planOf(cycleKey);
        List<IssueDraft> drafts = numbers.stream().map(number -> draft(text(form, number),
                byNumber.getOrDefault(number, List.of()), carriedByNumber.getOrDefault(number, List.of()),
                sharedByNumber.getOrDefault(number, List.of()), plan)).toList();
        try {
            workshop.save(cycleKey, form.getRevision(), drafts, user);
            return "redirect:/api/cykel/" + cycleKey + "/workshop?klart=sparad";
        } catch (WorkshopRefusedException refused) {
            for (WorkshopRefusedException.Problem problem : refused.problems()) {
                if (problem.issue() < 0 || "proposalIds".equals(problem.field())) {
                    model.addAttribute("formError", problem.message());
                } else {
                    errors.rejectValue("issues[" + (numbers.get(problem.issue()) - 1) + "]." + problem.field(),
                            "refused", problem.message());
                }
            }
        } catch (EditConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", conflict.getMessage());
        }
        return render(cycleKey, form, model);
    }

    private String render(String cycleKey, WorkshopForm form, Model model) {
        PrioritisedList list = workshop.list(cycleKey);
        List<CycleProposal> proposals = workshop.proposals(cycleKey);
        Map<String, CycleProposal> byId = proposals.stream()
                .collect(Collectors.toMap(CycleProposal::id, Function.identity()));
        List<CycleProposal> proposalsInForm = new ArrayList<>();
        Map<Integer, List<CycleProposal>> byNumber = chosen(form.getProposals(), byId, proposalsInForm);
        List<ProposalLine> lines = new ArrayList<>();
        for (int i = 0; i < proposalsInForm.size(); i++) {
            lines.add(new ProposalLine(i, proposalsInForm.get(i)));
        }
        Map<String, CarriedIssue> carriedById = workshop.carriedIssues(cycleKey).stream()
                .collect(Collectors.toMap(CarriedIssue::id, Function.identity()));
        List<CarriedIssue> carriedInForm = new ArrayList<>();
        Map<Integer, List<CarriedIssue>> carriedByNumber = chosen(form.getCarried(), carriedById, carriedInForm);
        List<CarriedLine> carriedLines = new ArrayList<>();
        for (int i = 0; i < carriedInForm.size(); i++) {
            carriedLines.add(new CarriedLine(i, carriedInForm.get(i)));
        }
        Map<String, SharedIssue> sharedById = workshop.sharedIssues(cycleKey).stream()
                .collect(Collectors.toMap(SharedIssue::id, Function.identity()));
        List<SharedIssue> sharedInForm = new ArrayList<>();
        Map<Integer, List<SharedIssue>> sharedByNumber = chosen(form.getShared(), sharedById, sharedInForm);
        List<SharedLine> sharedLines = new ArrayList<>();
        for (int i = 0; i < sharedInForm.size(); i++) {
            sharedLines.add(new SharedLine(i, sharedInForm.get(i)));
        }
        Plan plan = cycles.planOf(cycleKey);
        TreeSet<Integer> numbers = new TreeSet<>(byNumber.keySet());
        numbers.addAll(carriedByNumber.keySet());
        numbers.addAll(sharedByNumber.keySet());
        List<IssueLine> issues = new ArrayList<>();
        int rank = 1;
        for (Integer number : numbers) {
            IssueText text = text(form, number);
            List<CycleProposal> sources = byNumber.getOrDefault(number, List.of());
            List<CarriedIssue> carried = carriedByNumber.getOrDefault(number, List.of());
            List<SharedIssue> shared = sharedByNumber.getOrDefault(number, List.of());
            if (text.getTitle().isBlank()) {
                IssueDraft draft = draft(text, sources, carried, shared, plan);
                text.setTitle(draft.title());
                text.setDescription(draft.description());
                text.setRusArea(draft.rusArea());
            }
            issues.add(new IssueLine(number, number - 1, rank++, sources, carried, shared));
        }
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("form", form);
        model.addAttribute("lines", lines);
        model.addAttribute("carriedLines", carriedLines);
        model.addAttribute("sharedLines", sharedLines);
        model.addAttribute("carriedComments", workshop.carriedComments(cycleKey));
        model.addAttribute("issues", issues);
        model.addAttribute("rusAreas", plan.rusAreas());
        model.addAttribute("cap", plan.prioritisedIssueCap());
        model.addAttribute("list", list);
        // advice on a proposal's area or on the proposal itself, and on an issue's area or the proposals in it
        model.addAttribute("proposalAdvice", proposals.stream().collect(Collectors.toMap(CycleProposal::id,
                p -> referenceGroups.adviceFor(cycleKey, p.rusArea(), List.of(p.id())))));
        Map<Integer, List<ReferenceGroupAdvice>> issueAdvice = new TreeMap<>();
        for (IssueLine issue : issues) {
            issueAdvice.put(issue.index(), referenceGroups.adviceFor(cycleKey, text(form, issue.number()).getRusArea(),
                    issue.sources().stream().map(CycleProposal::id).toList()));
        }
        model.addAttribute("issueAdvice", issueAdvice);
        model.addAttribute("actionToken", guard.actionToken());
        return "workshop/workshop";
    }

    /**
     * The sources of the form's choices by the number of the issue they go into (numbers that are none left out);
     * each choice's source is added to {@code inForm}, in the form's order.
     */
    private static <T> Map<Integer, List<T>> chosen(List<ProposalChoice> choices, Map<String, T> byId, List<T> inForm) {
        Map<Integer, List<T>> byNumber = new TreeMap<>();
        for (ProposalChoice choice : choices) {
            T source = byId.get(choice.getProposalId());
            inForm.add(source);
            Integer number = number(choice.getIssue());
            if (number != null) {
                byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(source);
            }
        }
        return byNumber;
    }

    /**
     * The posted choices in the order of the sources (the cycle's proposals, or last year's carried issues), by
     * their ids; a choice of a source the cycle does not have is refused, saying which list it is ({@code what}).
     */
    private static List<ProposalChoice> inOrder(List<ProposalChoice> posted, List<String> ids, String what) {
        Map<String, ProposalChoice> byId = new LinkedHashMap<>();
        for (ProposalChoice choice : posted) {
            if (choice == null || !ids.contains(choice.getProposalId())) {
                throw new PageProblem(400, "Fel i formuläret", "Formuläret stämmer inte med " + what + ". "
                        + "Ladda om sidan. Inget har ändrats.");
            }
            byId.put(choice.getProposalId(), choice);
        }
        return ids.stream()
                .map(id -> byId.getOrDefault(id, new ProposalChoice(id, "")))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * The sources (the proposals, or last year's carried issues) by the number of the issue they go into, numbers
     * in order; bad numbers are rejected on the field of the form's list given.
     */
    private static <T> Map<Integer, List<T>> numbers(List<ProposalChoice> choices, String field, List<T> sources,
                                                     BindingResult errors) {
        Map<Integer, List<T>> byNumber = new TreeMap<>();
        for (int i = 0; i < choices.size(); i++) {
            String value = choices.get(i).getIssue().trim();
            if (value.isEmpty()) {
                continue;
            }
            Integer number = number(value);
            if (number == null) {
                errors.rejectValue(field + "[" + i + "].issue", "number",
                        "Skriv frågans nummer som ett heltal 1–" + HIGHEST_NUMBER + ", eller lämna tomt.");
            } else {
                byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(sources.get(i));
            }
        }
        return byNumber;
    }

    /** Marks each choice whose issue would come after the plan's cap. */
    private static void rejectOverCap(List<ProposalChoice> choices, String field, List<Integer> numbers, int cap,
                                      BindingResult errors) {
        for (int i = 0; i < choices.size(); i++) {
            Integer number = number(choices.get(i).getIssue());
            if (number != null && numbers.indexOf(number) >= cap) {
                errors.rejectValue(field + "[" + i + "].issue", "cap", "Blir fråga " + (numbers.indexOf(number) + 1)
                        + ", men planen tillåter högst " + cap + ".");
            }
        }
    }

    private static Integer number(String value) {
        if (value == null || !value.trim().matches("\\d{1,2}")) {
            return null;
        }
        int number = Integer.parseInt(value.trim());
        return number >= 1 && number <= HIGHEST_NUMBER ? number : null;
    }

    /** The texts posted for the issue with this number, made if there were none. */
    private static IssueText text(WorkshopForm form, int number) {
        while (form.getIssues().size() < number) {
            form.getIssues().add(new IssueText("", "", ""));
        }
        if (form.getIssues().get(number - 1) == null) {
            form.getIssues().set(number - 1, new IssueText("", "", ""));
        }
        return form.getIssues().get(number - 1);
    }

    /**
     * The issue as written, with what is left blank taken from its first proposal, or, for an issue of last year's
     * carried issues only, from the first of them (its wording, and its RUS area when this year's plan has it).
     */
    private static IssueDraft draft(IssueText text, List<CycleProposal> sources, List<CarriedIssue> carried,
                                    List<SharedIssue> shared, Plan plan) {
        String title;
        String description;
        String rusArea;
        if (!sources.isEmpty()) {
            CycleProposal first = sources.get(0);
            title = first.title();
            description = first.description();
            rusArea = first.rusArea();
        } else if (carried.isEmpty()) {
            SharedIssue first = shared.get(0);
            title = first.title();
            description = first.text();
            rusArea = plan.rusAreas().get(0).code();
        } else {
            CarriedIssue first = carried.get(0);
            title = first.title();
            description = first.wording();
            rusArea = plan.rusAreas().stream().map(Plan.RusArea::code).filter(code -> code.equals(first.rusArea()))
                    .findFirst().orElse(plan.rusAreas().get(0).code());
        }
        return new IssueDraft(
                text.getTitle().isBlank() ? title : text.getTitle(),
                text.getTitle().isBlank() && text.getDescription().isBlank() ? description : text.getDescription(),
                text.getRusArea().isBlank() ? rusArea : text.getRusArea(),
                sources.stream().map(CycleProposal::id).toList(),
                carried.stream().map(CarriedIssue::id).toList(),
                shared.stream().map(SharedIssue::id).toList());
    }

    /** A row of the issues other regions shared with the cycle: its index in the form and the offer both agreed on. */
    public record SharedLine(int index, SharedIssue issue) {
    }

    /** A proposal's row: its index in the form and the proposal. */
    public record ProposalLine(int index, CycleProposal proposal) {
    }

    /** A row of last year's carried issues: its index in the form and the issue with its follow-up. */
    public record CarriedLine(int index, CarriedIssue issue) {
    }

    /**
     * An issue's fieldset: the number the proposals were given, its index in the form, its rank, its sources and
     * the issues of last year it carries forward.
     */
    public record IssueLine(int number, int index, int rank, List<CycleProposal> sources, List<CarriedIssue> carried,
                            List<SharedIssue> shared) {

        public String municipalities() {
            return String.join(", ", new TreeSet<>(sources.stream().map(CycleProposal::municipalityName).toList()));
        }
    }

    public static class WorkshopForm {
        private int revision;
        private List<ProposalChoice> proposals = new ArrayList<>();
        /** Last year's carried issues and the number of the issue each goes into (the choice's id is the issue's). */
        private List<ProposalChoice> carried = new ArrayList<>();
        /** Issues other regions shared with the cycle and the number of the issue each goes into (by the offer's id). */
        private List<ProposalChoice> shared = new ArrayList<>();
        private List<IssueText> issues = new ArrayList<>();

        public List<ProposalChoice> getShared() {
            return shared;
        }

        public void setShared(List<ProposalChoice> shared) {
            this.shared = shared;
        }

        public List<ProposalChoice> getCarried() {
            return carried;
        }

        public void setCarried(List<ProposalChoice> carried) {
            this.carried = carried;
        }

        public int getRevision() {
            return revision;
        }

        public void setRevision(int revision) {
            this.revision = revision;
        }

        public List<ProposalChoice> getProposals() {
            return proposals;
        }

        public void setProposals(List<ProposalChoice> proposals) {
            this.proposals = proposals;
        }

        public List<IssueText> getIssues() {
            return issues;
        }

        public void setIssues(List<IssueText> issues) {
            this.issues = issues;
        }
    }

    /** A proposal and the number of the issue it goes into, blank when it is not prioritised. */
    public static class ProposalChoice {
        private String proposalId = "";
        private String issue = "";

        public ProposalChoice() {
        }

        ProposalChoice(String proposalId, String issue) {
            this.proposalId = proposalId;
            this.issue = issue;
        }

        public String getProposalId() {
            return proposalId;
        }

        public void setProposalId(String proposalId) {
            this.proposalId = proposalId == null ? "" : proposalId;
        }

        public String getIssue() {
            return issue;
        }

        public void setIssue(String issue) {
            this.issue = issue == null ? "" : issue;
        }
    }

    /** An issue's text as written on the page. */
    public static class IssueText {
        private String title = "";
        private String description = "";
        private String rusArea = "";

        public IssueText() {
        }

        IssueText(String title, String description, String rusArea) {
            this.title = title;
            this.description = description;
            this.rusArea = rusArea;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? "" : title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description == null ? "" : description;
        }

        public String getRusArea() {
            return rusArea;
        }

        public void setRusArea(String rusArea) {
            this.rusArea = rusArea == null ? "" : rusArea;
        }
    }
}
