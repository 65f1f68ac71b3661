package se.paverkansagenda;

import static se.paverkansagenda.AgendaWork.proposal;

import java.sql.Timestamp;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundService;

/**
 * A cycle of the seed plan brought to the workshop (step 8) in tests, with real proposals: Östersund
 * and Åre both propose the main railway line, Östersund and Bräcke both broadband, Krokom vocational
 * training; every other municipality answers without proposals.
 */
public final class AgendaScenario {

    private final ProcessEngine engine;
    private final CycleService cycles;
    private final RoundService rounds;
    private final AnswerService answers;
    private final AgendaWork work;

    public AgendaScenario(ProcessEngine engine, CycleService cycles, RoundService rounds, AnswerService answers,
                          AgendaWork work) {
        this.engine = engine;
        this.cycles = cycles;
        this.rounds = rounds;
        this.answers = answers;
        this.work = work;
    }

    /** Starts the cycle under its own region code, with the plan's cap, and drives it to the workshop's day. */
    public LifecycleDriver atWorkshop(String region, int cap) {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        String key = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + region)
                .replace("prioritisedIssueCap: 10", "prioritisedIssueCap: " + cap), "processagare").businessKey();
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, key)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00").answerAllBut(RoundKind.INPUT);
        work.propose(key, "2380", proposal("Stambanan genom Norrland", "RUS-1"), proposal("Bredband i hela länet", "RUS-2"));
        work.propose(key, "2321", proposal("Mittbanan Östersund–Åre", "RUS-1"));
        work.propose(key, "2305", proposal("Bredband på landsbygden", "RUS-2"));
        work.propose(key, "2309", proposal("Yrkeshögskola i länet", "RUS-4"));
        return cycle.at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .at("2020-11-09T09:00");
    }
}
