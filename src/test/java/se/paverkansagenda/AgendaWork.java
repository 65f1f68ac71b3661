package se.paverkansagenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.AgendaVersion;
import se.paverkansagenda.agenda.SectionDraft;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.workshop.PrioritisedList;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The officials' work of steps 8 and 9 in tests, through the same services as the workshop and agenda
 * pages: proposals as municipalities submit them, a prioritised list, an agenda version. A component of
 * the shared test context.
 */
@Component
public class AgendaWork {

    public static final String OFFICIAL = "tjansteperson";

    private final WorkshopService workshop;
    private final AgendaService agenda;
    private final ProposalRepository proposals;
    private final RoundService rounds;

    public AgendaWork(WorkshopService workshop, AgendaService agenda, ProposalRepository proposals, RoundService rounds) {
        this.workshop = workshop;
        this.agenda = agenda;
        this.proposals = proposals;
        this.rounds = rounds;
    }

    /** The municipality's proposals, stored as its answer's. */
    public void propose(String cycleKey, String municipalityCode, ProposalRow... rows) {
        RoundRequest request = rounds.requestsOf(cycleKey, RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals(municipalityCode)).findFirst().orElseThrow();
        proposals.replace(request.id(), List.of(rows));
    }

    public static ProposalRow proposal(String title, String rusArea) {
        return new ProposalRow(title, "Beskrivning av " + title, rusArea, "NATIONAL", "Motivering till " + title,
                "Kontaktperson");
    }

    /**
     * Saves a list with one issue per proposal, as many as the plan's cap allows. A cycle whose
     * municipalities answered without proposals first gets one proposal from each answer's text.
     */
    public PrioritisedList prioritiseEveryProposal(String cycleKey) {
        if (workshop.proposals(cycleKey).isEmpty()) {
            for (RoundRequest request : rounds.requestsOf(cycleKey, RoundKind.INPUT)) {
                if (request.status() == RequestStatus.ANSWERED) {
                    propose(cycleKey, request.recipientCode(), proposal(request.answerText(), "RUS-1"));
                }
            }
        }
        List<IssueDraft> issues = new ArrayList<>();
        for (CycleProposal proposal : workshop.proposals(cycleKey)) {
            if (issues.size() < workshop.cap(cycleKey)) {
                issues.add(new IssueDraft(proposal.title(), proposal.description(), proposal.rusArea(),
                        List.of(proposal.id())));
            }
        }
        return workshop.save(cycleKey, workshop.list(cycleKey).revision(), issues, OFFICIAL);
    }

    /** Saves the next version: the latest one's sections (at first one per prioritised issue), each text marked with the note. */
    public AgendaVersion writeVersion(String cycleKey, String note) {
        int from = agenda.latest(cycleKey).map(AgendaVersion::number).orElse(0);
        List<SectionDraft> sections = agenda.draft(cycleKey).stream()
                .map(s -> new SectionDraft(s.key(), s.issueId(), s.title(), s.text() + "\n" + note)).toList();
        return agenda.save(cycleKey, from, sections, note, OFFICIAL);
    }

    public Optional<AgendaVersion> latest(String cycleKey) {
        return agenda.latest(cycleKey);
    }
}
