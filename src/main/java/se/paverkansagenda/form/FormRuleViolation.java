package se.paverkansagenda.form;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted task form, or a change to a task or process, breaks one of the rules of its form or of
 * the process. Thrown from a task's listener or before the engine runs the command, it rolls
 * everything back: the task stays open and nothing is saved. The message, in Swedish, is what the
 * person sees; the REST API answers with {@link #status()}: 400 for a value the form does not take,
 * 403 for a change nobody but the application may make, 404 for a task that is no longer there.
 */
public class FormRuleViolation extends ProcessEngineException {

    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;

    /**
     * The violation last raised on this thread. Some REST resources pass an engine error on as a new
     * exception with only its message; the mapper recognises the violation by that message.
     */
    private static final ThreadLocal<FormRuleViolation> LAST = new ThreadLocal<>();

    private final int status;

    public FormRuleViolation(String message) {
        this(BAD_REQUEST, message);
    }

    public FormRuleViolation(int status, String message) {
        super(message);
        this.status = status;
        LAST.set(this);
    }

    /** The violation last raised on this thread whose message this is, if any. */
    static FormRuleViolation lastWithMessage(String message) {
        FormRuleViolation last = LAST.get();
        if (last == null || message == null || !message.equals(last.getMessage())) {
            return null;
        }
        return last;
    }

    /** The HTTP status the REST API answers with. */
    public int status() {
        return status;
    }
}
