package se.paverkansagenda.round;

import java.time.LocalDate;

/**
 * An answer to record: its text, who gave or registered it, how it came in and the day it came in
 * (the day it was received decides whether it is late, not the day an official registers it).
 */
public record Answer(String text, String answeredBy, AnswerChannel channel, LocalDate receivedOn) {
}
