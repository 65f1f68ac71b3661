package se.paverkansagenda.round;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/** The collection of a round's multi-instance call activity: the ids of the round's requests. */
@Component("roundRequests")
public class RoundRequests {

    private final RoundService rounds;

    public RoundRequests(RoundService rounds) {
        this.rounds = rounds;
    }

    public List<String> ids(DelegateExecution execution, String kind) {
        return rounds.requestsOf(AgendaProcess.CYCLE_KEY.from(execution).get(), RoundKind.valueOf(kind)).stream()
                .map(RoundRequest::id)
                .toList();
    }
}
