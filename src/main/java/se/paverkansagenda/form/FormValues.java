package se.paverkansagenda.form;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.paverkansagenda.process.ProcessVariable;

/** Reading form fields: an empty field arrives as {@code ""} or not at all, and counts as not filled in. */
public final class FormValues {

    private FormValues() {
    }

    public static String text(ProcessVariable<String> field, VariableScope scope) {
        return field.from(scope).optional().orElse(null);
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
