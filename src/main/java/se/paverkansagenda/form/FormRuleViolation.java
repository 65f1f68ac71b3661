package se.paverkansagenda.form;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted task form breaks one of the rules a Camunda Form cannot express. Thrown from a task's
 * complete listener it rolls the whole completion back: the task stays open and nothing is saved.
 * The message, in Swedish, is what the person completing the task sees.
 */
public class FormRuleViolation extends ProcessEngineException {

    public FormRuleViolation(String message) {
        super(message);
    }
}
