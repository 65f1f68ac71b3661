package se.paverkansagenda;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.demo.DemoPlan;
import se.paverkansagenda.plan.PlanWithMunicipalities;
import se.paverkansagenda.process.AgendaProcess;

/**
 * A cycle of the first municipalities whose plan starts in a week, moved at once to its input round as an
 * official would find it on the round's first day, so no clock is turned: the start of the benchmark's and
 * the crash tests' loads, in an application of their own.
 */
public final class InputRoundAtOnce {

    private InputRoundAtOnce() {
    }

    /** The cycle's key. */
    public static String open(ApplicationContext app, String region, int municipalities, String startedBy) {
        LocalDate inAWeek = app.getBean(DeadlineService.class).today().plusDays(7);
        String plan = PlanWithMunicipalities.first(municipalities, DemoPlan.startingOn(inAWeek), region);
        String cycleKey = app.getBean(CycleService.class).start(plan, startedBy).businessKey();
        RuntimeService runtime = app.getBean(RuntimeService.class);
        String instanceId = runtime.createProcessInstanceQuery().processDefinitionKey(AgendaProcess.KEY)
                .processInstanceBusinessKey(cycleKey).singleResult().getId();
        runtime.createProcessInstanceModification(instanceId)
                .cancelAllForActivity(AgendaProcess.Elements.TIMER_DRAFT_PM_START)
                .startBeforeActivity(AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND)
                .execute();
        return cycleKey;
    }
}
