package se.paverkansagenda.form;

import static se.paverkansagenda.form.FormValues.isBlank;
import static se.paverkansagenda.form.FormValues.text;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Registering the adoption decision. A new decision starts undecided, not with the choice that sent
 * the agenda back; completing it needs a decision the process knows; an adopted agenda cites the
 * minutes' paragraph and the decision date; an agenda sent back says what is to be reworked.
 */
@Component("adoptionRules")
public class AdoptionRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            AgendaProcess.ADOPTION_DECISION.set(task, AgendaProcess.DECISION_PENDING);
            AgendaProcess.ADOPTION_COMMENT.remove(task);
            return;
        }
        check(text(AgendaProcess.ADOPTION_DECISION, task), text(AgendaProcess.ADOPTION_PARAGRAPH, task),
                text(AgendaProcess.ADOPTION_DATE, task), text(AgendaProcess.ADOPTION_COMMENT, task));
    }

    static void check(String decision, String paragraph, String date, String comment) {
        if (AgendaProcess.DECISION_ADOPT.equals(decision)) {
            List<String> missing = new ArrayList<>();
            if (isBlank(paragraph)) {
                missing.add("paragrafnummer (§)");
            }
            if (isBlank(date)) {
                missing.add("beslutsdatum");
            }
            if (!missing.isEmpty()) {
                throw new FormRuleViolation(
                        "En fastställd agenda behöver " + String.join(" och ", missing) + " ur protokollet.");
            }
        } else if (AgendaProcess.DECISION_SEND_BACK.equals(decision)) {
            if (isBlank(comment)) {
                throw new FormRuleViolation(
                        "En agenda som återsänds behöver en kommentar om vad som ska arbetas om.");
            }
        } else {
            throw new FormRuleViolation("Välj om agendan fastställs eller återsänds.");
        }
    }
}
