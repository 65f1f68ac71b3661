package se.paverkansagenda.round;

/** What became of an answer: recorded now, or recorded already by an earlier submit. */
public enum AnswerOutcome {
    RECORDED, ALREADY_RECORDED
}
