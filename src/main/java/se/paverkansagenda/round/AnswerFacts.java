package se.paverkansagenda.round;

import java.time.LocalDate;

/** How a recorded answer came in: the channel, whether it came after the deadline, and the day it came. */
public record AnswerFacts(AnswerChannel channel, boolean late, LocalDate receivedOn) {
}
