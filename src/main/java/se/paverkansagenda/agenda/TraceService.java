package se.paverkansagenda.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.carryforward.CarriedIssue;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.council.Treatment;
import se.paverkansagenda.council.TreatmentService;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.refgroup.ReferenceGroupAdvice;
import se.paverkansagenda.refgroup.ReferenceGroupService;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.sharing.SharedIssue;
import se.paverkansagenda.sharing.SharingService;
import se.paverkansagenda.workshop.PrioritisedIssue;
import se.paverkansagenda.workshop.PrioritisedList;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * Where every part of the agenda came from and where every municipal proposal ended: for each section
 * the proposals behind it, the reference groups' advice on its issue, the workshop's rank, the statements about it and its versions; for each
 * proposal the issue it was merged into, its rank and whether it is in the (adopted) agenda.
 */
@Service
public class TraceService {

    private final AgendaService agenda;
    private final WorkshopService workshop;
    private final ReferenceGroupService referenceGroups;
    private final TreatmentService treatments;
    private final CarryForwardService carryForward;
    private final SharingService sharing;

    public TraceService(AgendaService agenda, WorkshopService workshop, ReferenceGroupService referenceGroups,
                        TreatmentService treatments, CarryForwardService carryForward, SharingService sharing) {
        this.carryForward = carryForward;
        this.sharing = sharing;
        this.agenda = agenda;
        this.workshop = workshop;
        this.referenceGroups = referenceGroups;
        this.treatments = treatments;
    }

    public CycleTrace cycle(String cycleKey) {
        Facts facts = facts(cycleKey);
        List<SharedRef> sharedWith = sharing.sharedWithOthers(cycleKey).stream().map(SharedRef::with).toList();
        List<SharedRef> sharedFrom = sharing.sharedWithCycle(cycleKey).stream().map(SharedRef::from).toList();
        List<SharedRef> shared = new ArrayList<>(sharedWith);
        shared.addAll(sharedFrom);
        return new CycleTrace(cycleKey, facts.decision.state(), facts.adoptedVersion().orElse(null),
                facts.latest().map(AgendaVersion::number).orElse(null),
                sections(facts, carriedFrom(cycleKey), sharedWith, sharedFrom),
                facts.proposals.stream().map(p -> proposal(facts, p)).toList(),
                facts.treatments.stream().map(TreatmentRef::of).toList(), shared);
    }

    public ProposalTrace proposal(String cycleKey, String proposalId) {
        Facts facts = facts(cycleKey);
        return facts.proposals.stream().filter(p -> p.id().equals(proposalId)).findFirst()
                .map(p -> proposal(facts, p))
                .orElseThrow(() -> new UnknownSectionException("Cykeln " + cycleKey + " har inget inspel " + proposalId + "."));
    }

    private Facts facts(String cycleKey) {
        return new Facts(agenda.versions(cycleKey), agenda.decision(cycleKey), workshop.list(cycleKey),
                workshop.proposals(cycleKey), agenda.statements(cycleKey), links(cycleKey),
                referenceGroups.adviceOf(cycleKey), treatments.ofCycle(cycleKey));
    }

    /**
     * The statements about each section: those the officials linked, and those whose organisation named
     * the section in the statement itself (linked by the organisation, when its answer came in).
     */
    private List<StatementLink> links(String cycleKey) {
        List<StatementLink> links = new ArrayList<>(agenda.links(cycleKey));
        agenda.statementsBySection(cycleKey).forEach((key, statements) -> statements.forEach(statement -> {
            if (links.stream().noneMatch(link -> link.statementId().equals(statement.id()) && link.sectionKey().equals(key))) {
                links.add(new StatementLink(statement.id(), key, statement.recipientName(), statement.closedAt()));
            }
        }));
        return links;
    }

    /**
     * Where an issue carried forward from the year before leads: its follow-up, and the followed cycle's section
     * with that year's proposals, statements and, further back, what it carried itself.
     */
    private Function<String, CarriedRef> carriedFrom(String cycleKey) {
        Map<String, CarriedIssue> carried = carryForward.issues(cycleKey).stream()
                .collect(Collectors.toMap(CarriedIssue::id, Function.identity()));
        Map<String, CycleTrace> previous = new HashMap<>();
        return id -> {
            CarriedIssue issue = carried.get(id);
            CycleTrace year = previous.computeIfAbsent(issue.previousCycleKey(), this::cycle);
            return CarriedRef.of(issue, year.sections().stream()
                    .filter(section -> section.key().equals(issue.sectionKey())).findFirst().orElse(null));
        };
    }

    /** Every section the agenda has had: those of the version that counts, in order, then those taken out. */
    private static List<SectionTrace> sections(Facts facts, Function<String, CarriedRef> carriedFrom,
                                               List<SharedRef> sharedWith, List<SharedRef> sharedFrom) {
        Map<String, SharedRef> sharedById = sharedFrom.stream().collect(Collectors.toMap(SharedRef::id, Function.identity()));
        Set<String> keys = new LinkedHashSet<>();
        facts.current().ifPresent(version -> version.sections().forEach(s -> keys.add(s.key())));
        facts.versions.forEach(version -> version.sections().forEach(s -> keys.add(s.key())));
        Map<String, CycleProposal> proposals = facts.proposals.stream()
                .collect(Collectors.toMap(CycleProposal::id, Function.identity()));
        Map<String, RoundRequest> statements = facts.statements.stream()
                .collect(Collectors.toMap(RoundRequest::id, Function.identity()));
        List<SectionTrace> traces = new ArrayList<>();
        for (String key : keys) {
            AgendaSection last = facts.versions.stream().map(v -> v.section(key)).flatMap(Optional::stream)
                    .reduce((first, second) -> second).orElseThrow();
            Optional<PrioritisedIssue> issue = Optional.ofNullable(last.issueId()).flatMap(facts.list::issue);
            List<ProposalRef> sources = issue.map(i -> i.proposalIds().stream().map(proposals::get)
                    .map(ProposalRef::of).toList()).orElse(List.of());
            List<StatementRef> about = facts.links.stream().filter(link -> link.sectionKey().equals(key))
                    .map(link -> StatementRef.of(statements.get(link.statementId()), link)).toList();
            Optional<AgendaSection> current = facts.current().flatMap(v -> v.section(key));
            traces.add(new SectionTrace(key, last.title(), last.origin(), current.map(AgendaSection::position).orElse(null),
                    current.isPresent() && facts.adoptedVersion().isPresent(),
                    issue.map(IssueRef::of).orElse(null), sources, about, history(facts.versions, key),
                    issue.map(i -> facts.adviceOn(i.rusArea(), i.proposalIds())).orElse(List.of()),
                    issue.map(i -> i.carriedIssueIds().stream().map(carriedFrom).toList()).orElse(List.of()),
                    sharedWith.stream().filter(shared -> shared.sectionKey().equals(key)).toList(),
                    issue.map(i -> i.sharedIssueIds().stream().map(sharedById::get).filter(ref -> ref != null).toList())
                            .orElse(List.of())));
        }
        return traces;
    }

    private static List<SectionVersion> history(List<AgendaVersion> versions, String key) {
        List<SectionVersion> history = new ArrayList<>();
        AgendaSection before = null;
        for (AgendaVersion version : versions) {
            AgendaSection now = version.section(key).orElse(null);
            AgendaDiff.Change change = now == null && before == null ? null
                    : now == null ? AgendaDiff.Change.REMOVED
                    : before == null ? AgendaDiff.Change.ADDED
                    : !before.title().equals(now.title()) || !before.text().equals(now.text()) ? AgendaDiff.Change.CHANGED
                    : AgendaDiff.Change.UNCHANGED;
            if (change != null) {
                history.add(new SectionVersion(version.number(), version.author(), version.savedAt(), change,
                        now == null ? null : now.title()));
            }
            before = now;
        }
        return history;
    }

    private static ProposalTrace proposal(Facts facts, CycleProposal proposal) {
        Optional<PrioritisedIssue> issue = facts.list.issueOf(proposal.id());
        Optional<AgendaSection> section = issue.flatMap(i -> facts.current().flatMap(v -> v.sections().stream()
                .filter(s -> i.id().equals(s.issueId())).findFirst()));
        Outcome outcome = issue.isEmpty() ? Outcome.NOT_PRIORITISED
                : section.isEmpty() ? Outcome.PRIORITISED_NOT_IN_AGENDA
                : facts.adoptedVersion().isPresent() ? Outcome.IN_ADOPTED_AGENDA : Outcome.IN_AGENDA_DRAFT;
        return new ProposalTrace(ProposalRef.of(proposal), issue.map(IssueRef::of).orElse(null),
                section.map(AgendaSection::key).orElse(null), section.map(AgendaSection::title).orElse(null),
                facts.current().map(AgendaVersion::number).orElse(null), outcome, facts.adviceOn(proposal.rusArea(), List.of(proposal.id())),
                handledBy(facts, issue));
    }

    /**
     * The councils' treatments that handled a proposal: those after the input round (the proposals came
     * in at step 5). RSR's treatment of the compilation (step 7) handled every proposal compiled; the
     * decisions after the workshop only those whose issue was written into the agenda, so a proposal the
     * workshop did not prioritise, or whose issue no version took in, went before no council after it.
     */
    private static List<TreatmentRef> handledBy(Facts facts, Optional<PrioritisedIssue> issue) {
        boolean inSomeVersion = issue.isPresent() && facts.versions.stream().anyMatch(version -> version.sections()
                .stream().anyMatch(section -> issue.get().id().equals(section.issueId())));
        return facts.treatments.stream().filter(treatment -> treatment.step().number() > Step.INPUT_ROUND.number())
                .filter(treatment -> treatment.step().number() < Step.WORKSHOP.number() || inSomeVersion)
                .map(TreatmentRef::of).toList();
    }

    /** What a trace is made from, read once. */
    private record Facts(List<AgendaVersion> versions, AgendaDecision decision, PrioritisedList list,
                         List<CycleProposal> proposals, List<RoundRequest> statements, List<StatementLink> links,
                         List<ReferenceGroupAdvice> advice, List<Treatment> treatments) {

        /** The reference groups' advice on an issue: on its RUS area, or on one of the proposals in it. */
        List<AdviceRef> adviceOn(String rusArea, List<String> proposalIds) {
            return advice.stream().filter(a -> a.issue().equals(rusArea) || proposalIds.contains(a.issue()))
                    .map(AdviceRef::of).toList();
        }

        Optional<AgendaVersion> latest() {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        }

        Optional<Integer> adoptedVersion() {
            return decision.state() == AgendaDecision.State.ADOPTED ? Optional.of(decision.version()) : Optional.empty();
        }

        /** The adopted version once there is one, the latest before that. */
        Optional<AgendaVersion> current() {
            return adoptedVersion().flatMap(n -> versions.stream().filter(v -> v.number() == n).findFirst())
                    .or(this::latest);
        }
    }

    public enum Outcome {
        NOT_PRIORITISED("Inte prioriterat i workshopen"),
        PRIORITISED_NOT_IN_AGENDA("Prioriterat, men inte med i agendan"),
        IN_AGENDA_DRAFT("Med i agendan (ännu inte fastställd)"),
        IN_ADOPTED_AGENDA("Med i den fastställda agendan");

        private final String swedishName;

        Outcome(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    public record CycleTrace(String cycleKey, AgendaDecision.State agendaState, Integer adoptedVersion,
                             Integer latestVersion, List<SectionTrace> sections, List<ProposalTrace> proposals,
                             List<TreatmentRef> treatments, List<SharedRef> shared) {
    }

    /**
     * A section; its position in the version that counts, or none when it was taken out. A section whose issue
     * carries issues of the year before forward leads to them ({@code carriedFrom}), and through them to that
     * year's proposals and statements.
     */
    public record SectionTrace(String key, String title, SectionOrigin origin, Integer position,
                               boolean inAdoptedAgenda, IssueRef issue, List<ProposalRef> proposals,
                               List<StatementRef> statements, List<SectionVersion> versions, List<AdviceRef> advice,
                               List<CarriedRef> carriedFrom, List<SharedRef> sharedWith, List<SharedRef> sharedFrom) {
    }

    /**
     * An issue two regions agreed to share: on the offering cycle's side the section it was offered from
     * ({@code SHARED_WITH}, "Delad med …"), on the receiving cycle's side the issue as offered ({@code SHARED_FROM},
     * "Delad från …"). Its wording and origin (region, cycle, year), the other side, the message and who agreed
     * when; the receiving side learns nothing more of the offering cycle.
     */
    public record SharedRef(String id, String direction, String label, String title, String wording,
                            String originRegion, String originCycleKey, String originYear, String sectionKey,
                            String otherRegion, String otherCycleKey, String message, String offeredBy,
                            OffsetDateTime offeredAt, String acceptedBy, OffsetDateTime acceptedAt) {

        static SharedRef with(SharedIssue issue) {
            return new SharedRef(issue.id(), "SHARED_WITH", issue.sharedWithLabel(), issue.title(), issue.text(),
                    issue.sourceRegionName(), issue.sourceCycleKey(), issue.sourceYear(), issue.sourceSectionKey(),
                    issue.targetRegionName(), issue.targetCycleKey(), issue.message(), issue.offeredBy(),
                    issue.offeredAt(), issue.answeredBy(), issue.answeredAt());
        }

        static SharedRef from(SharedIssue issue) {
            return new SharedRef(issue.id(), "SHARED_FROM", issue.sharedFromLabel(), issue.title(), issue.text(),
                    issue.sourceRegionName(), issue.sourceCycleKey(), issue.sourceYear(), issue.sourceSectionKey(),
                    issue.sourceRegionName(), issue.sourceCycleKey(), issue.message(), issue.offeredBy(),
                    issue.offeredAt(), issue.answeredBy(), issue.answeredAt());
        }
    }

    /**
     * An issue of the followed cycle's adopted agenda carried forward: its follow-up (the decision, what was done,
     * the result, who was responsible, the wording carried) and that year's section with its own sources.
     */
    public record CarriedRef(String cycleKey, String sectionKey, String title, String label, String decision,
                             String wording, String done, String result, String responsible, SectionTrace section) {
        static CarriedRef of(CarriedIssue issue, SectionTrace section) {
            return new CarriedRef(issue.previousCycleKey(), issue.sectionKey(), issue.title(), issue.carriedLabel(),
                    issue.decision().swedishName(), issue.wording(), issue.done(), issue.result(), issue.responsible(),
                    section);
        }
    }

    public record ProposalTrace(ProposalRef proposal, IssueRef mergedInto, String sectionKey, String sectionTitle,
                                Integer agendaVersion, Outcome outcome, List<AdviceRef> advice,
                                List<TreatmentRef> treatments) {
    }

    /**
     * A reference group's advice on a proposal or a section's issue: on its RUS area or on the proposal
     * itself ({@code issue}, the area's code or the proposal's id).
     */
    public record AdviceRef(String group, String issue, String excerpt) {
        static AdviceRef of(ReferenceGroupAdvice advice) {
            String text = advice.text();
            return new AdviceRef(advice.groupName(), advice.issue(), text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /**
     * A council's decision as the trace shows it: step, body, meeting, paragraph, item, position, whether
     * in consensus, the dissents with their authors, and the minutes extract's download addresses.
     */
    public record TreatmentRef(String id, int step, String stepName, String body, LocalDate meetingDate,
                               String paragraph, String item, String position, boolean consensus,
                               List<Treatment.Dissent> dissents, List<String> minutes) {
        static TreatmentRef of(Treatment treatment) {
            return new TreatmentRef(treatment.id(), treatment.step().number(), treatment.step().swedishName(),
                    treatment.bodyName(), treatment.meetingDate(), treatment.paragraph(), treatment.itemTitle(),
                    treatment.position(), treatment.consensus(), treatment.dissents(),
                    treatment.minutesDocuments().stream().map(id -> "/api/documents/" + id).toList());
        }
    }

    public record IssueRef(String id, int rank, String title) {
        static IssueRef of(PrioritisedIssue issue) {
            return new IssueRef(issue.id(), issue.rank(), issue.title());
        }
    }

    public record ProposalRef(String id, String municipalityCode, String municipality, String title) {
        static ProposalRef of(CycleProposal proposal) {
            return new ProposalRef(proposal.id(), proposal.municipalityCode(), proposal.municipalityName(),
                    proposal.title());
        }
    }

    public record StatementRef(String id, String organisation, String excerpt, String linkedBy) {
        static StatementRef of(RoundRequest statement, StatementLink link) {
            String text = statement.answerText();
            return new StatementRef(statement.id(), statement.recipientName(),
                    text.length() > 300 ? text.substring(0, 300) + "…" : text, link.linkedBy());
        }
    }

    public record SectionVersion(int version, String author, OffsetDateTime savedAt, AgendaDiff.Change change,
                                 String title) {
    }
}
