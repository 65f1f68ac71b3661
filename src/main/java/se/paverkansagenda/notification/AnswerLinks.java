package se.paverkansagenda.notification;

import se.paverkansagenda.round.RoundRequest;

/** The link in a request or reminder that takes the recipient to where they answer it. */
public interface AnswerLinks {

    String linkFor(RoundRequest request);
}
