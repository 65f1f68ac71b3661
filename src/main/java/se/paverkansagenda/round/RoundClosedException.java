package se.paverkansagenda.round;

import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.web.ConflictException;

/** The request no longer takes answers: its deadline has passed, or the step after the round has started. */
public class RoundClosedException extends ConflictException {

    public RoundClosedException(RoundRequest request) {
        super("Förfrågan till " + request.recipientName() + " stängdes när svarstiden gick ut "
                + SwedishDates.day(request.deadline()) + "; svaret kan inte tas emot");
    }

    public RoundClosedException(RoundRequest request, Step nextStep) {
        super("Förfrågan till " + request.recipientName() + " tar inte längre emot svar: steg " + nextStep.number()
                + " (" + nextStep.swedishName() + ") har startat");
    }
}
