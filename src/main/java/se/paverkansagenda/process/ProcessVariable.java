package se.paverkansagenda.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable with its name and type in one place, so that no variable name is spelled
 * out anywhere else: {@code CYCLE_KEY.from(execution).get()}.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    public Reader from(VariableScope scope) {
        return new Reader(scope);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Sets the variable on the scope itself (a task's own variable), not on the process. */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    public VariableMap putIn(VariableMap variables, T value) {
        return variables.putValue(name, value);
    }

    /** Reads the variable from one scope. */
    public final class Reader {
        private final VariableScope scope;

        private Reader(VariableScope scope) {
            this.scope = scope;
        }

        public Optional<T> optional() {
            return Optional.ofNullable(scope.getVariable(name)).map(type::cast);
        }

        public T get() {
            return optional().orElseThrow(() -> new IllegalStateException(
                    "Process variable '" + name + "' is missing in " + describe(scope)));
        }
    }

    private static String describe(VariableScope scope) {
        return scope.getVariableScopeKey() + " " + scope.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
