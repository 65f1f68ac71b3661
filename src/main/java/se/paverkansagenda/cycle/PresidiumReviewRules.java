package se.paverkansagenda.cycle;

import static se.paverkansagenda.form.FormValues.isBlank;
import static se.paverkansagenda.form.FormValues.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The presidium's review. A new review starts undecided, not with the choice that sent the last
 * proposal back; completing it needs a decision the process knows, and a proposal sent back says
 * what is to be reworked.
 */
@Component("presidiumReviewRules")
public class PresidiumReviewRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            AgendaProcess.PRESIDIUM_DECISION.set(task, AgendaProcess.DECISION_PENDING);
            AgendaProcess.PRESIDIUM_COMMENT.remove(task);
            // a new review is recorded afresh, not with the last one's meeting, position and dissents
            List.of(AgendaProcess.PRESIDIUM_PARAGRAPH, AgendaProcess.PRESIDIUM_POSITION, AgendaProcess.PRESIDIUM_CONSENSUS,
                    AgendaProcess.PRESIDIUM_NO_DISSENT_NOTE).forEach(field -> field.remove(task));
            AgendaProcess.PRESIDIUM_MEETING_DATE.remove(task);
            AgendaProcess.PRESIDIUM_DISSENT_ROWS.forEach(row -> {
                row.author().remove(task);
                row.opinion().remove(task);
            });
            return;
        }
        check(text(AgendaProcess.PRESIDIUM_DECISION, task), text(AgendaProcess.PRESIDIUM_COMMENT, task));
    }

    static void check(String decision, String comment) {
        if (!AgendaProcess.DECISION_APPROVE.equals(decision) && !AgendaProcess.DECISION_SEND_BACK.equals(decision)) {
            throw new FormRuleViolation("Välj om förslaget godkänns eller återsänds.");
        }
        if (AgendaProcess.DECISION_SEND_BACK.equals(decision) && isBlank(comment)) {
            throw new FormRuleViolation(
                    "Ett förslag som återsänds behöver en kommentar om vad som ska arbetas om.");
        }
    }
}
