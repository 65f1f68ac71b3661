package se.paverkansagenda.cycle;

import static se.paverkansagenda.form.FormValues.isBlank;
import static se.paverkansagenda.form.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/** Completing the PM: the PM is written in the form or linked as a document, at least one of them. */
@Component("draftPmRules")
public class DraftPmRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        check(text(AgendaProcess.PM_TEXT, task), text(AgendaProcess.PM_DOCUMENT_URL, task));
    }

    static void check(String pmText, String documentUrl) {
        if (isBlank(pmText) && isBlank(documentUrl)) {
            throw new FormRuleViolation("Skriv PM:et i textfältet eller ange en länk till PM-dokumentet.");
        }
    }
}
