package se.paverkansagenda.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.AgendaVersion;
import se.paverkansagenda.agenda.SectionDraft;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.refgroup.GroupDraft;
import se.paverkansagenda.refgroup.ReferenceGroup;
import se.paverkansagenda.refgroup.ReferenceGroupService;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The documents of the demo's 2020–21 cycle: the municipalities' proposals, the workshop's list that
 * merges those about the same issue, the reference groups and their advice, two agenda versions and the statements linked to their sections,
 * written through the same services as the officials' pages.
 */
@Component
public class DemoAgenda {

    /** Each answering municipality's proposals, by municipality code. */
    private static final Map<String, List<ProposalRow>> PROPOSALS = Map.of(
            "2380", List.of(proposal("Utbyggd och underhållen Mittstråket", "RUS-1"),
                    proposal("Bredband i hela länet", "RUS-2")),
            "2309", List.of(proposal("Regionala yrkeshögskoleutbildningar", "RUS-4")),
            "2321", List.of(proposal("Omställning till fossilfria transporter", "RUS-6"),
                    proposal("Dubbelspår på Mittbanan Östersund–Åre", "RUS-1")),
            "2313", List.of(proposal("Bredband även i glesbygden", "RUS-2")),
            "2361", List.of(proposal("Statlig service i hela länet", "RUS-5")),
            "2303", List.of(proposal("Statlig närvaro i de mindre kommunerna", "RUS-5")),
            "2305", List.of(proposal("Inlandsbanan som godsstråk", "RUS-1")));

    private final WorkshopService workshop;
    private final AgendaService agenda;
    private final ProposalRepository proposals;
    private final ReferenceGroupService referenceGroups;

    public DemoAgenda(WorkshopService workshop, AgendaService agenda, ProposalRepository proposals,
                      ReferenceGroupService referenceGroups) {
        this.workshop = workshop;
        this.agenda = agenda;
        this.proposals = proposals;
        this.referenceGroups = referenceGroups;
    }

    /** The reference groups formed after the compilation: one for the infrastructure, one for competence. */
    void formReferenceGroups(String cycleKey) {
        referenceGroups.save(cycleKey, null, new GroupDraft("Infrastruktur och bredband", List.of("RUS-1", "RUS-2"),
                "2020-11-05", "13:00", "Regionens hus, Östersund", List.of(
                        new GroupDraft.MemberDraft(null, "Trafikstrateg", "Region Jämtland Härjedalen",
                                "trafikstrateg@regionjh.example", "Regional transportplanering"),
                        new GroupDraft.MemberDraft(null, "Bredbandssamordnare", "Länsstyrelsen",
                                "bredband@lansstyrelsen-jh.example", "Bredbandsstöd och utbyggnad"),
                        new GroupDraft.MemberDraft(null, "Samhällsbyggnadschef", "Krokoms kommun",
                                "samhallsbyggnad@krokom.example", "Kommunal planering"))), DemoHistory.OFFICIAL);
        referenceGroups.save(cycleKey, null, new GroupDraft("Kompetensförsörjning", List.of("RUS-4"),
                "2020-11-06", "09:00", "Mittuniversitetet, Östersund", List.of(
                        new GroupDraft.MemberDraft(null, "Utbildningsstrateg", "Mittuniversitetet",
                                "utbildning@mittuniversitetet.example", "Högre utbildning och yrkeshögskola"))),
                DemoHistory.OFFICIAL);
    }

    /** The infrastructure group's advice from its meeting, recorded by one of its members. */
    void referenceGroupAdvice(String cycleKey) {
        if (referenceGroups.groups(cycleKey).isEmpty() || !referenceGroups.adviceOf(cycleKey).isEmpty()) {
            return;
        }
        ReferenceGroup group = referenceGroups.groups(cycleKey).get(0);
        referenceGroups.recordAdvice(cycleKey, group.id(), Map.of(
                "RUS-1", "Slå ihop inspelen om Mittstråket, Mittbanan och Inlandsbanan till en fråga om hela stråket.",
                "RUS-2", "Driv bredband i glesbygd som en del av samma fråga som bredband i hela länet."),
                null, group.activeMembers().get(0).email());
    }

    /** The proposals the municipality's answer brought. */
    void propose(RoundRequest request) {
        proposals.replace(request.id(), PROPOSALS.getOrDefault(request.recipientCode(), List.of()));
    }

    /** The workshop of 9 November 2020: five issues, three of them merged from several municipalities. */
    void prioritise(String cycleKey) {
        List<IssueDraft> issues = List.of(
                issue("Utbyggd och underhållen Mittstråket och Inlandsbanan", "RUS-1", "2380-1", "2321-2", "2305-1"),
                issue("Bredband i hela länet, även glesbygd", "RUS-2", "2380-2", "2313-1"),
                issue("Regionala yrkeshögskoleutbildningar", "RUS-4", "2309-1"),
                issue("Service i hela länet: statlig närvaro", "RUS-5", "2361-1", "2303-1"),
                issue("Omställning till fossilfria transporter", "RUS-6", "2321-1"));
        workshop.save(cycleKey, workshop.list(cycleKey).revision(), issues, DemoHistory.OFFICIAL);
    }

    /** A version of the agenda: each section's text carries the version's note. */
    void writeVersion(String cycleKey, String note) {
        int from = agenda.latest(cycleKey).map(AgendaVersion::number).orElse(0);
        List<SectionDraft> sections = new ArrayList<>();
        for (SectionDraft section : agenda.draft(cycleKey)) {
            sections.add(new SectionDraft(section.key(), section.issueId(), section.title(),
                    from == 0 ? "Regionen och kommunerna verkar gemensamt för: " + section.text() : section.text()
                            + "\nKopplingen till RUS är förtydligad efter regionstyrelsens återremiss."));
        }
        agenda.save(cycleKey, from, sections, note, DemoHistory.OFFICIAL);
    }

    /** Links the first statements of the consultation to the sections they comment on, one section each in turn. */
    void linkStatements(String cycleKey) {
        List<String> sections = agenda.latest(cycleKey).orElseThrow().sections().stream()
                .map(section -> section.key()).toList();
        List<RoundRequest> statements = agenda.statements(cycleKey);
        for (int i = 0; i < statements.size(); i++) {
            agenda.link(cycleKey, statements.get(i).id(), sections.get(i % sections.size()), DemoHistory.OFFICIAL);
        }
    }

    private static ProposalRow proposal(String title, String rusArea) {
        return new ProposalRow(title, title + " är avgörande för att hela länet ska kunna växa.", rusArea, "NATIONAL",
                "Frågan avgörs av staten och behöver en gemensam röst från länet.", "Näringslivschef");
    }

    private static IssueDraft issue(String title, String rusArea, String... proposalIds) {
        return new IssueDraft(title, "Sammanslagen fråga från workshopen: " + title + ".", rusArea, List.of(proposalIds));
    }
}
