package se.paverkansagenda.agenda;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.refgroup.ReferenceGroupService;
import se.paverkansagenda.web.EditConflictException;
import se.paverkansagenda.web.OfficialsPage;
import se.paverkansagenda.web.PageGuard;
import se.paverkansagenda.web.PageProblem;
import se.paverkansagenda.workshop.PrioritisedIssue;
import se.paverkansagenda.workshop.PrioritisedList;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The agenda's page (steps 9–12): the latest version with the statements linked to each section, the
 * versions and a comparison of any two, and the form that saves a new version: each section kept or
 * left out, in the order given, issues of the workshop's list not yet in the agenda, and a section of
 * the officials' own. Works without JavaScript.
 */
@Controller
@OfficialsPage
@RequestMapping("/api/cykel/{cycleKey}/agenda")
public class AgendaPageController {

    private static final Map<String, String> DONE = Map.of(
            "sparad", "En ny version av agendan är sparad.",
            "kopplad", "Yttrandet är kopplat till avsnittet.",
            "borttagen", "Kopplingen är borttagen.");

    private final AgendaService agenda;
    private final WorkshopService workshop;
    private final PageGuard guard;
    private final ReferenceGroupService referenceGroups;

    public AgendaPageController(AgendaService agenda, WorkshopService workshop, PageGuard guard,
                                ReferenceGroupService referenceGroups) {
        this.referenceGroups = referenceGroups;
        this.agenda = agenda;
        this.workshop = workshop;
        this.guard = guard;
    }

    @GetMapping
    public String page(@PathVariable String cycleKey, @RequestParam(required = false) String klart, Model model) {
        guard.allowed();
        model.addAttribute("done", klart == null ? null : DONE.get(klart));
        return render(cycleKey, form(cycleKey), model);
    }

    @PostMapping
    public String save(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                       @ModelAttribute("form") AgendaForm form, BindingResult errors, HttpServletRequest http,
                       HttpServletResponse response, Model model) {
        String user = guard.posted(actionToken, http);
        List<Integer> included = new ArrayList<>();
        for (int i = 0; i < form.getSections().size(); i++) {
            SectionRow row = form.getSections().get(i);
            if (row == null || !row.included()) {
                continue;
            }
            if (!row.getPosition().trim().matches("\\d{1,3}")) {
                errors.rejectValue("sections[" + i + "].position", "number", "Ange ordningen som ett heltal, t.ex. 1.");
            }
            included.add(i);
        }
        if (errors.hasErrors()) {
            return render(cycleKey, form, model);
        }
        included.sort(Comparator.comparingInt(i -> Integer.parseInt(form.getSections().get(i).getPosition().trim())));
        List<SectionDraft> drafts = included.stream().map(i -> form.getSections().get(i).draft()).toList();
        try {
            agenda.save(cycleKey, form.getFromVersion(), drafts, form.getNote(), user);
            return "redirect:/api/cykel/" + cycleKey + "/agenda?klart=sparad";
        } catch (AgendaRefusedException refused) {
            for (AgendaRefusedException.Problem problem : refused.problems()) {
                if (problem.section() < 0 || "key".equals(problem.field()) || "issueId".equals(problem.field())) {
                    model.addAttribute("formError", problem.message());
                } else {
                    errors.rejectValue("sections[" + included.get(problem.section()) + "]." + problem.field(),
                            "refused", problem.message());
                }
            }
        } catch (EditConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", conflict.getMessage());
        }
        return render(cycleKey, form, model);
    }

    @GetMapping("/version/{number}")
    public String version(@PathVariable String cycleKey, @PathVariable int number, Model model) {
        guard.allowed();
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("version", agenda.version(cycleKey, number));
        model.addAttribute("decision", agenda.decision(cycleKey));
        return "agenda/version";
    }

    /** Two versions side by side: {@code ?fran=1&till=3}. */
    @GetMapping("/jamfor")
    public String compare(@PathVariable String cycleKey, @RequestParam(required = false) String fran,
                          @RequestParam(required = false) String till, Model model) {
        guard.allowed();
        if (fran == null || till == null || !fran.matches("\\d{1,6}") || !till.matches("\\d{1,6}")) {
            throw new PageProblem(400, "Fel i jämförelsen", "Välj två versioner att jämföra, t.ex. version 1 och 3.");
        }
        AgendaVersion from = agenda.version(cycleKey, Integer.parseInt(fran));
        AgendaVersion to = agenda.version(cycleKey, Integer.parseInt(till));
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("diffs", AgendaDiff.compare(from, to));
        return "agenda/compare";
    }

    @PostMapping("/yttranden")
    public String link(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                       @RequestParam(defaultValue = "") String sectionKey,
                       @RequestParam(defaultValue = "") String statementId, HttpServletRequest http) {
        String user = guard.posted(actionToken, http);
        if (statementId.isBlank()) {
            throw new PageProblem(400, "Inget yttrande valt", "Välj vilket yttrande som ska kopplas till avsnittet.");
        }
        agenda.link(cycleKey, statementId, sectionKey, user);
        return "redirect:/api/cykel/" + cycleKey + "/agenda?klart=kopplad#" + sectionKey;
    }

    @PostMapping("/yttranden/ta-bort")
    public String unlink(@PathVariable String cycleKey, @RequestParam(required = false) String actionToken,
                         @RequestParam(defaultValue = "") String sectionKey,
                         @RequestParam(defaultValue = "") String statementId, HttpServletRequest http) {
        guard.posted(actionToken, http);
        agenda.unlink(cycleKey, statementId, sectionKey);
        return "redirect:/api/cykel/" + cycleKey + "/agenda?klart=borttagen#" + sectionKey;
    }

    /** The edit form: the sections to keep, the list's issues not in the agenda, and a row for a section of one's own. */
    private AgendaForm form(String cycleKey) {
        AgendaForm form = new AgendaForm();
        form.setFromVersion(agenda.latest(cycleKey).map(AgendaVersion::number).orElse(0));
        List<SectionDraft> draft = agenda.draft(cycleKey);
        for (int i = 0; i < draft.size(); i++) {
            SectionDraft section = draft.get(i);
            form.getSections().add(new SectionRow(section.key(), nullToEmpty(section.issueId()), true,
                    String.valueOf(i + 1), section.title(), section.text()));
        }
        Set<String> inAgenda = draft.stream().map(SectionDraft::issueId).collect(Collectors.toSet());
        int next = draft.size() + 1;
        for (PrioritisedIssue issue : workshop.list(cycleKey).issues()) {
            if (!inAgenda.contains(issue.id())) {
                form.getSections().add(new SectionRow("", issue.id(), false, String.valueOf(next++), issue.title(),
                        issue.description()));
            }
        }
        form.getSections().add(new SectionRow("", "", false, String.valueOf(next), "", ""));
        return form;
    }

    private String render(String cycleKey, AgendaForm form, Model model) {
        PrioritisedList list = workshop.list(cycleKey);
        AgendaDecision decision = agenda.decision(cycleKey);
        List<RoundRequest> statements = agenda.statements(cycleKey);
        Map<String, RoundRequest> statementsById = statements.stream()
                .collect(Collectors.toMap(RoundRequest::id, s -> s));
        Map<String, List<RoundRequest>> linked = agenda.links(cycleKey).stream()
                .collect(Collectors.groupingBy(StatementLink::sectionKey,
                        Collectors.mapping(link -> statementsById.get(link.statementId()), Collectors.toList())));
        model.addAttribute("cycleKey", cycleKey);
        model.addAttribute("form", form);
        model.addAttribute("list", list);
        model.addAttribute("issues", list.issues().stream().collect(Collectors.toMap(PrioritisedIssue::id, i -> i)));
        model.addAttribute("decision", decision);
        model.addAttribute("editable", decision.editable() && list.closed());
        model.addAttribute("latest", agenda.latest(cycleKey).orElse(null));
        model.addAttribute("versions", agenda.versions(cycleKey));
        model.addAttribute("statements", statements);
        model.addAttribute("linked", linked);
        // each issue's advice: on its RUS area and on the proposals merged into it
        model.addAttribute("referenceGroupAdvice", list.issues().stream().collect(Collectors.toMap(PrioritisedIssue::id,
                issue -> referenceGroups.adviceFor(cycleKey, issue.rusArea(), issue.proposalIds()))));
        model.addAttribute("named", agenda.statementsBySection(cycleKey));
        model.addAttribute("draft", agenda.consultationDraft(cycleKey).orElse(null));
        model.addAttribute("actionToken", guard.actionToken());
        return "agenda/agenda";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public static class AgendaForm {
        private int fromVersion;
        private String note = "";
        private List<SectionRow> sections = new ArrayList<>();

        public int getFromVersion() {
            return fromVersion;
        }

        public void setFromVersion(int fromVersion) {
            this.fromVersion = fromVersion;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note == null ? "" : note;
        }

        public List<SectionRow> getSections() {
            return sections;
        }

        public void setSections(List<SectionRow> sections) {
            this.sections = sections;
        }
    }

    /** One row of the edit form. The blank row for a section of one's own counts once something is written in it. */
    public static class SectionRow {
        private String key = "";
        private String issueId = "";
        private boolean include;
        private String position = "";
        private String title = "";
        private String text = "";

        public SectionRow() {
        }

        SectionRow(String key, String issueId, boolean include, String position, String title, String text) {
            this.key = key;
            this.issueId = issueId;
            this.include = include;
            this.position = position;
            this.title = title;
            this.text = text;
        }

        boolean isNewOwnSection() {
            return key.isBlank() && issueId.isBlank();
        }

        boolean included() {
            return include || (isNewOwnSection() && !(title.isBlank() && text.isBlank()));
        }

        SectionDraft draft() {
            return new SectionDraft(key, issueId.isBlank() ? null : issueId, title, text);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key == null ? "" : key;
        }

        public String getIssueId() {
            return issueId;
        }

        public void setIssueId(String issueId) {
            this.issueId = issueId == null ? "" : issueId;
        }

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position == null ? "" : position;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? "" : title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text == null ? "" : text;
        }
    }
}
