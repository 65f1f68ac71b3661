package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/**
 * The first task of a cycle, the officials' PM draft, in a cycle the process owner started over the
 * application's API. Each test class uses a number of its own: a business key starts only once per
 * database, and the test classes share one. The number gives the seed plan a region code of its own
 * ({@code 2031} is {@code SDB}); the plan keeps its year, the one its first step starts in.
 */
record OfficialsTask(String cycleKey, String taskId, String processDefinitionId) {

    /** Starts the cycle unless it runs already; the caller resets the engine's clock after the test. */
    static OfficialsTask of(int year, int port, ProcessEngine engine, RoundService rounds, AnswerService answers) {
        String region = "S" + (char) ('A' + year / 10 % 10) + (char) ('A' + year % 10);
        String cycleKey = "PA-" + region + "-2020";
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(cycleKey).count() == 0) {
            String plan = DefaultPlan.yaml().replace("code: JH", "code: " + region);
            assertThat(ApiClient.as("processagare", port).post("/api/cycles", "application/yaml", plan).statusCode())
                    .isEqualTo(201);
        }
        // the timer in front of the first step fires on the step's start date
        Task draft = new LifecycleDriver(engine, rounds, answers, cycleKey).at("2020-04-07T10:00")
                .task(AgendaProcess.Elements.TASK_DRAFT_PM);
        assertThat(draft).as("the PM draft task of " + cycleKey).isNotNull();
        return new OfficialsTask(cycleKey, draft.getId(), draft.getProcessDefinitionId());
    }
}
