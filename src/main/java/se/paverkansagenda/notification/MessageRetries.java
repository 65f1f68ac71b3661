package se.paverkansagenda.notification;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.MessageRetryProcess;
import se.paverkansagenda.security.EngineAsApplication;

/**
 * Hands a message that could not be sent at once to a {@code messageRetry} instance under the cycle's key,
 * whose job sends it again: the engine's retries, its wait between them and its incident after the last
 * one serve it as they serve the processes' own messages, and Cockpit shows it with the cycle.
 */
@Component
class MessageRetries {

    private final RuntimeService runtimeService;
    private final EngineAsApplication engine;

    MessageRetries(RuntimeService runtimeService, EngineAsApplication engine) {
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    void later(Notification notification) {
        VariableMap variables = MessageRetryProcess.NOTIFICATION_ID.putIn(Variables.createVariables(), notification.id());
        MessageRetryProcess.CYCLE_KEY.putIn(variables, notification.cycleKey());
        engine.call(() -> runtimeService.startProcessInstanceByKey(MessageRetryProcess.KEY, notification.cycleKey(),
                variables));
    }
}
