package se.paverkansagenda.stage;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

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

        new LateStepDelegate(stages).execute(execution);

        verify(stages).markLate("PA-JH-2020", Step.WORKSHOP);
        verifyNoMoreInteractions(stages);
    }
}
