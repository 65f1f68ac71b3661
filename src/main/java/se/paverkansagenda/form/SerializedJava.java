package se.paverkansagenda.form;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value sent as a serialized Java object, which the engine never takes. The routes that set a task's
 * or process's variables are checked before the engine runs; on any other route the engine's own
 * refusal (ENGINE-17007) is answered the same way.
 */
final class SerializedJava {

    private static final Pattern ENGINE_REFUSAL = Pattern.compile(
            "ENGINE-17007 Cannot set variable with name (.*)\\. Java serialization format is prohibited.*", Pattern.DOTALL);

    private SerializedJava() {
    }

    static String message(String name) {
        return "Serialiserade Java-objekt tas inte emot" + (name == null || name.isEmpty() ? "" : " (”" + name + "”)")
                + ": skicka värdet som text, tal, datum eller JSON.";
    }

    /** The engine's refusal of a Java-serialized value, as a violation with a short Swedish message. */
    static Optional<FormRuleViolation> fromEngine(Throwable exception) {
        if (exception == null || exception.getMessage() == null) {
            return Optional.empty();
        }
        Matcher refusal = ENGINE_REFUSAL.matcher(exception.getMessage());
        return refusal.matches() ? Optional.of(new FormRuleViolation(message(refusal.group(1)))) : Optional.empty();
    }
}
