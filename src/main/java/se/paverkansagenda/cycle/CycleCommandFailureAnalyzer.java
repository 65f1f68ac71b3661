package se.paverkansagenda.cycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import se.paverkansagenda.cycle.StartCycleCommand.CycleCommandException;

/** Prints a refused {@code --start-cycle} as a short explanation instead of a stack trace. */
public class CycleCommandFailureAnalyzer extends AbstractFailureAnalyzer<CycleCommandException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CycleCommandException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Rätta planfilen och starta igen, eller hämta standardplanen som mall: GET /api/plans/default", cause);
    }
}
