package se.paverkansagenda.round;


/** The link in a request or reminder that takes the recipient to where they answer it. */
public interface AnswerLinks {

    String linkFor(RoundRequest request);
}
