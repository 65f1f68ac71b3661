package se.paverkansagenda.form;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.agenda.AdoptionRules;
import se.paverkansagenda.cycle.PresidiumReviewRules;
import se.paverkansagenda.process.AgendaProcess;

/** A decision task that is created again after a send-back does not show the last decision as made. */
class NewDecisionTest {

    private final DelegateTask task = mock(DelegateTask.class);

    @Test
    void aNewReviewStartsUndecidedWithoutTheLastComment() {
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);

        new PresidiumReviewRules().notify(task);

        verify(task).setVariable(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_PENDING);
        verify(task).removeVariable(AgendaProcess.PRESIDIUM_COMMENT.name());
    }

    @Test
    void aNewAdoptionDecisionStartsUndecidedWithoutTheLastComment() {
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);

        new AdoptionRules(null, null).notify(task); // a task without a cycle: no agenda to submit for decision

        verify(task).setVariable(AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_PENDING);
        verify(task).removeVariable(AgendaProcess.ADOPTION_COMMENT.name());
    }

    @Test
    void completingDoesNotResetTheDecision() {
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_COMPLETE);
        when(task.getVariable(AgendaProcess.PRESIDIUM_DECISION.name())).thenReturn(AgendaProcess.DECISION_APPROVE);

        new PresidiumReviewRules().notify(task);

        verify(task, never()).setVariable(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_PENDING);
        verify(task, never()).removeVariable(AgendaProcess.PRESIDIUM_COMMENT.name());
    }
}
