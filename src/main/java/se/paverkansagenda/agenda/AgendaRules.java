package se.paverkansagenda.agenda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/** Completing step 9: the agenda has a saved version, and the process learns its number. */
@Component("agendaRules")
public class AgendaRules implements TaskListener {

    private final AgendaService agenda;

    public AgendaRules(AgendaService agenda) {
        this.agenda = agenda;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).get();
        AgendaVersion latest = agenda.latest(cycleKey).orElseThrow(() -> new FormRuleViolation(
                "Agendan har ingen sparad version: skriv och spara den på agendasidan /api/cykel/" + cycleKey
                        + "/agenda innan uppgiften slutförs."));
        AgendaProcess.AGENDA_VERSION.set(task, latest.number());
    }
}
