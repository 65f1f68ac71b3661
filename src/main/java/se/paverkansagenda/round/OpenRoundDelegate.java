package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/** Creates the requests of a round, one per recipient of the plan. */
@Component("openRoundDelegate")
public class OpenRoundDelegate implements JavaDelegate {

    private final RoundService rounds;

    public OpenRoundDelegate(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.open(AgendaProcess.CYCLE_KEY.from(execution).get(),
                RoundKind.valueOf(AgendaProcess.ROUND_KIND.from(execution).get()));
    }
}
