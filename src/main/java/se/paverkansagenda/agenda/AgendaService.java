package se.paverkansagenda.agenda;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.web.EditConflictException;
import se.paverkansagenda.workshop.PrioritisedList;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The agenda text of steps 9–12: written as sections from the workshop's list (or added by the
 * officials), every save a new version of the whole agenda. It is closed to edits while the adoption
 * decision is pending and for good once adopted; a send-back opens it again. Consultation statements
 * are linked to the sections they comment on.
 */
@Service
public class AgendaService {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_NOTE = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgendaRepository agendas;
    private final WorkshopService workshop;
    private final RoundService rounds;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final PublicAnswerService publicAnswers;

    public AgendaService(AgendaRepository agendas, WorkshopService workshop, RoundService rounds, CycleService cycles,
                         DeadlineService deadlines, PublicAnswerService publicAnswers) {
        this.publicAnswers = publicAnswers;
        this.agendas = agendas;
        this.workshop = workshop;
        this.rounds = rounds;
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    public List<AgendaVersion> versions(String cycleKey) {
        cycles.find(cycleKey);
        return agendas.versions(cycleKey);
    }

    public Optional<AgendaVersion> latest(String cycleKey) {
        List<AgendaVersion> versions = versions(cycleKey);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public AgendaVersion version(String cycleKey, int number) {
        cycles.find(cycleKey);
        return agendas.version(cycleKey, number)
                .orElseThrow(() -> new UnknownSectionException("Agendan för " + cycleKey + " har ingen version " + number + "."));
    }

    public AgendaDecision decision(String cycleKey) {
        return agendas.decision(cycleKey);
    }

    /**
     * What the officials edit: the latest version's sections, or before the first save one section per
     * issue of the workshop's list, in rank order, with the issue's description as its first text.
     */
    public List<SectionDraft> draft(String cycleKey) {
        Optional<AgendaVersion> latest = latest(cycleKey);
        if (latest.isPresent()) {
            return latest.get().sections().stream()
                    .map(s -> new SectionDraft(s.key(), s.issueId(), s.title(), s.text())).toList();
        }
        return workshop.list(cycleKey).issues().stream()
                .map(issue -> new SectionDraft("", issue.id(), issue.title(), issue.description())).toList();
    }

    /** Saves the sections, in order, as the version after {@code fromVersion}. */
    @Transactional
    public AgendaVersion save(String cycleKey, int fromVersion, List<SectionDraft> sections, String note, String user) {
        cycles.find(cycleKey);
        agendas.lock(cycleKey);
        PrioritisedList list = workshop.list(cycleKey);
        if (!list.closed()) {
            throw new EditConflictException("Agendan skrivs utifrån workshopens lista: slutför workshopens uppgift "
                    + "(steg 8) innan den första versionen sparas.");
        }
        AgendaDecision decision = agendas.decision(cycleKey);
        if (!decision.editable()) {
            throw new EditConflictException(decision.whyLocked());
        }
        int latest = agendas.latestNumber(cycleKey);
        if (latest != fromVersion) {
            throw new EditConflictException("Någon annan sparade en ny version av agendan (version " + latest
                    + ") före dig. Ladda om sidan och gör om dina ändringar; de är inte sparade.");
        }
        List<AgendaRefusedException.Problem> problems = problems(sections, note, list);
        if (!problems.isEmpty()) {
            throw new AgendaRefusedException(problems);
        }
        AgendaVersion version = new AgendaVersion(cycleKey, fromVersion + 1, user,
                OffsetDateTime.now(deadlines.clock()), note == null ? "" : note.trim(), sections(sections, cycleKey));
        agendas.insert(version);
        return version;
    }

    /** The adoption task opened: the latest version is the one before the decision-makers, closed to edits. */
    @Transactional
    public void submitForDecision(String cycleKey, String user) {
        int latest = agendas.latestNumber(cycleKey);
        if (latest > 0) {
            agendas.setDecision(cycleKey, new AgendaDecision(AgendaDecision.State.UNDER_DECISION, latest, null, null,
                    null), user, OffsetDateTime.now(deadlines.clock()));
        }
    }

    /** Freezes the version before the decision-makers as the adopted agenda; its number. */
    @Transactional
    public int adopt(String cycleKey, AdoptionBody body, LocalDate decidedOn, String paragraph, String user) {
        AgendaDecision decision = agendas.decision(cycleKey);
        int version = decision.version() != null ? decision.version() : agendas.latestNumber(cycleKey);
        if (version == 0) {
            throw new IllegalStateException("Det finns ingen sparad version av agendan att fastställa.");
        }
        agendas.setDecision(cycleKey, new AgendaDecision(AgendaDecision.State.ADOPTED, version, body, decidedOn,
                paragraph), user, OffsetDateTime.now(deadlines.clock()));
        return version;
    }

    /** The decision sent the agenda back to step 9: it may be edited again. */
    @Transactional
    public void sendBack(String cycleKey, String user) {
        agendas.setDecision(cycleKey, AgendaDecision.OPEN, user, OffsetDateTime.now(deadlines.clock()));
    }

    /** The consultation's statements: the answered requests of the organisations. */
    public List<RoundRequest> statements(String cycleKey) {
        return rounds.requestsOf(cycleKey, RoundKind.CONSULTATION).stream()
                .filter(request -> request.status() == RequestStatus.ANSWERED && request.answerText() != null)
                .toList();
    }

    /**
     * The statements whose organisations named sections of the consultation draft, by section key, in
     * the order the statements came in.
     */
    public Map<String, List<RoundRequest>> statementsBySection(String cycleKey) {
        Map<String, List<String>> named = publicAnswers.sectionsByStatement(cycleKey);
        Map<String, List<RoundRequest>> bySection = new LinkedHashMap<>();
        for (RoundRequest statement : statements(cycleKey)) {
            for (String key : named.getOrDefault(statement.id(), List.of())) {
                bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(statement);
            }
        }
        return bySection;
    }

    /** The consultation's draft: the agenda version the consultation was held on, once it has opened. */
    public Optional<ConsultationDraft> consultationDraft(String cycleKey) {
        return rounds.consultationDraft(cycleKey);
    }

    public List<StatementLink> links(String cycleKey) {
        cycles.find(cycleKey);
        return agendas.links(cycleKey);
    }

    /** Links a statement to a section of the latest version; false when it was linked already. */
    @Transactional
    public boolean link(String cycleKey, String statementId, String sectionKey, String user) {
        checkLinkable(cycleKey, statementId, sectionKey);
        agendas.lock(cycleKey);
        if (agendas.links(cycleKey).stream()
                .anyMatch(l -> l.statementId().equals(statementId) && l.sectionKey().equals(sectionKey))) {
            return false;
        }
        agendas.link(cycleKey, statementId, sectionKey, user, OffsetDateTime.now(deadlines.clock()));
        return true;
    }

    @Transactional
    public boolean unlink(String cycleKey, String statementId, String sectionKey) {
        cycles.find(cycleKey);
        return agendas.unlink(cycleKey, statementId, sectionKey);
    }

    private void checkLinkable(String cycleKey, String statementId, String sectionKey) {
        AgendaVersion latest = latest(cycleKey)
                .orElseThrow(() -> new UnknownSectionException("Agendan för " + cycleKey + " har inga avsnitt ännu."));
        if (latest.section(sectionKey).isEmpty()) {
            throw new UnknownSectionException("Agendan har inget avsnitt " + sectionKey + ".");
        }
        if (statements(cycleKey).stream().noneMatch(statement -> statement.id().equals(statementId))) {
            throw new UnknownSectionException("Samrådet i " + cycleKey + " har inget yttrande " + statementId + ".");
        }
    }

    private static List<AgendaRefusedException.Problem> problems(List<SectionDraft> sections, String note,
                                                                PrioritisedList list) {
        List<AgendaRefusedException.Problem> problems = new ArrayList<>();
        if (sections.isEmpty()) {
            problems.add(new AgendaRefusedException.Problem(-1, "sections", "Agendan behöver minst ett avsnitt."));
        }
        if (note != null && note.trim().length() > MAX_NOTE) {
            problems.add(new AgendaRefusedException.Problem(-1, "note",
                    "Versionsanteckningen får vara högst " + MAX_NOTE + " tecken."));
        }
        Set<String> issues = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionDraft section = sections.get(i);
            required(section.title(), "title", "Rubriken", MAX_TITLE, i, problems);
            required(section.text(), "text", "Texten", MAX_TEXT, i, problems);
            if (!isBlank(section.issueId())) {
                if (list.issue(section.issueId()).isEmpty()) {
                    problems.add(new AgendaRefusedException.Problem(i, "issueId",
                            "Frågan " + section.issueId() + " finns inte i workshopens lista."));
                } else if (!issues.add(section.issueId())) {
                    problems.add(new AgendaRefusedException.Problem(i, "issueId",
                            "Frågan finns redan i ett annat avsnitt; varje prioriterad fråga är ett avsnitt."));
                }
            }
            if (!isBlank(section.key()) && !section.key().trim().matches("[a-z0-9-]{1,60}")) {
                problems.add(new AgendaRefusedException.Problem(i, "key", "Avsnittets nyckel " + section.key()
                        + " är ogiltig."));
            } else if (!isBlank(section.key()) && !keys.add(section.key().trim())) {
                problems.add(new AgendaRefusedException.Problem(i, "key", "Avsnittet " + section.key()
                        + " finns två gånger."));
            }
        }
        return problems;
    }

    private static void required(String value, String field, String label, int max, int index,
                                 List<AgendaRefusedException.Problem> problems) {
        if (isBlank(value)) {
            problems.add(new AgendaRefusedException.Problem(index, field, label + " saknas."));
        } else if (value.trim().length() > max) {
            problems.add(new AgendaRefusedException.Problem(index, field,
                    label + " får vara högst " + max + " tecken (nu " + value.trim().length() + ")."));
        }
    }

    /** The sections in their places, each keeping its key, or a new one: its issue's, or a random one. */
    private static List<AgendaSection> sections(List<SectionDraft> drafts, String cycleKey) {
        List<AgendaSection> sections = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SectionDraft draft = drafts.get(i);
            boolean fromIssue = !isBlank(draft.issueId());
            String key = !isBlank(draft.key()) ? draft.key().trim()
                    : fromIssue ? "fraga-" + draft.issueId() : "eget-" + HexFormat.of().formatHex(randomBytes());
            sections.add(new AgendaSection(key, i + 1, fromIssue ? SectionOrigin.ISSUE : SectionOrigin.ADDED,
                    fromIssue ? draft.issueId() : null, draft.title().trim(), draft.text().strip()));
        }
        return sections;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
