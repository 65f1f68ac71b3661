package se.paverkansagenda.stage;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

class LateStepDelegateTest {

    @Test
    void marksTheStepNamedByItsInputLate() {
        StageService stages = mock(StageService.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(AgendaProcess.CYCLE_KEY.name())).thenReturn("PA-JH-2020");
        when(execution.getVariable(AgendaProcess.LATE_STEP.name())).thenReturn("WORKSHOP");
        Date due = new Date(1_605_049_199_000L);
        when(execution.getVariable(AgendaProcess.WORKSHOP_DUE.name())).thenReturn(due);

        new LateStepDelegate(stages).execute(execution);

        // the moment its task is due on: the plan's, or the plan moved by a send-back
        verify(stages).markLate("PA-JH-2020", Step.WORKSHOP, due);
        verifyNoMoreInteractions(stages);
    }
}
