package se.paverkansagenda.cycle;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.paverkansagenda.notification.NotificationType;

/**
 * The message of one notification step of the main process (the plan to RSR, the compilation, the
 * information to the partnership, the adopted agenda), composed by the feature whose work it reports.
 */
public interface StepMessage {

    NotificationType type();

    /** Sends the step's messages; the step's variables hold what the users entered for it. */
    void send(String cycleKey, VariableScope step);
}
