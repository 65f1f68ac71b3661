package se.paverkansagenda.process;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A delegate or listener of the models that does nothing but record that, where and with which variables it was called. */
class RecordingBean implements JavaDelegate, TaskListener, ExecutionListener {

    private final String name;
    private final Calls calls;

    RecordingBean(String name, Calls calls) {
        this.name = name;
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, "execute");
    }

    @Override
    public void notify(DelegateExecution execution) {
        record(execution, execution.getEventName());
    }

    @Override
    public void notify(DelegateTask task) {
        calls.add(new Calls.Call(name, task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getEventName(), visible(task.getVariables())));
    }

    /** The variables the call saw, its element's inputs included; a copy, as they were then. */
    private static Map<String, Object> visible(Map<String, Object> variables) {
        return Collections.unmodifiableMap(new HashMap<>(variables));
    }

    void record(DelegateExecution execution, String event) {
        calls.add(new Calls.Call(name, execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                execution.getCurrentActivityId(), event, visible(execution.getVariables())));
    }
}
