package se.paverkansagenda.carryforward;

import static se.paverkansagenda.Lifecycles.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.SectionDraft;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.demo.DemoPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * Two years of one region in tests: a cycle of the seed plan (2020) run to its adopted agenda with three
 * issues, and the next year's cycle (2021) that follows it, through the same services as the pages.
 */
@Component
public class FollowingCycles {

    /** The adopted agenda's sections, in order: two of the workshop's issues and one the officials added. */
    public static final List<String> ADOPTED_TITLES = List.of("Stambanan och Mittbanan", "Bredband i hela länet",
            "Finansiering");

    /** The organisation whose statement is linked to the first section of the adopted agenda. */
    public static final String STATEMENT_BY = "Mittuniversitetet";

    private final Lifecycles lifecycles;
    private final WorkshopService workshop;
    private final AgendaService agenda;
    private final CycleService cycles;

    public FollowingCycles(Lifecycles lifecycles, WorkshopService workshop, AgendaService agenda, CycleService cycles) {
        this.lifecycles = lifecycles;
        this.workshop = workshop;
        this.agenda = agenda;
        this.cycles = cycles;
    }

    /** A 2020 cycle of the region with its agenda adopted on 1 February 2021; its business key. */
    public String adopted(String region) {
        LifecycleDriver cycle = lifecycles.atWorkshop(region, 10);
        String key = cycle.cycleKey();
        workshop.save(key, 0, List.of(
                new IssueDraft(ADOPTED_TITLES.get(0), "Järnväg genom länet", "RUS-1", List.of("2380-1", "2321-1")),
                new IssueDraft(ADOPTED_TITLES.get(1), "", "RUS-2", List.of("2380-2", "2305-1"))), AgendaWork.OFFICIAL);
        cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of());
        List<SectionDraft> sections = new ArrayList<>(agenda.draft(key).stream()
                .map(s -> new SectionDraft(s.key(), s.issueId(), s.title(), "Länet kräver: " + s.title())).toList());
        sections.add(new SectionDraft("", null, ADOPTED_TITLES.get(2), "Regionen söker EU-medel."));
        agenda.save(key, 0, sections, "Till samråd", AgendaWork.OFFICIAL);
        cycle.complete(Elements.TASK_WRITE_AGENDA, Map.of())
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION);
        String railway = agenda.latest(key).orElseThrow().sections().get(0).key();
        agenda.statements(key).stream().filter(statement -> statement.recipientName().equals(STATEMENT_BY)).findFirst()
                .ifPresent(statement -> agenda.link(key, statement.id(), railway, AgendaWork.OFFICIAL));
        cycle.at("2021-02-01T09:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                        AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                        AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_DEVELOPMENT_COMMITTEE",
                        AgendaProcess.ADOPTION_PARAGRAPH.name(), "7",
                        AgendaProcess.ADOPTION_DATE.name(), "2021-02-01"));
        return key;
    }

    /** The region's 2021 plan (the seed's dates moved to 6 April 2021) that follows the cycle given. */
    public static String followingPlan(String region, String followed) {
        return DemoPlan.startingOn(LocalDate.of(2021, 4, 6)).replace("code: \"JH\"", "code: " + region)
                .replace("code: JH", "code: " + region)
                .replaceAll("(?m)^referenceGroups:\\n(  .*\\n)+", "referenceGroups:\n  used: false\n")
                + "follows: " + followed + "\n";
    }

    /** Nine in the morning of the day the step starts in the cycle's plan, as {@link LifecycleDriver#at} takes it. */
    public String startOf(String cycleKey, Step step) {
        return cycles.planOf(cycleKey).datesOf(step).start() + "T09:00";
    }

    /** The 2021 cycle that follows the cycle given, on the morning its first step starts (the follow-up task open). */
    public LifecycleDriver following(String region, String followed) {
        ClockUtil.setCurrentTime(local("2021-04-01T09:00"));
        String key = cycles.start(followingPlan(region, followed), Lifecycles.PROCESS_OWNER).businessKey();
        return lifecycles.of(key).at("2021-04-06T09:00");
    }
}
