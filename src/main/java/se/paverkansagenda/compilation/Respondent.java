package se.paverkansagenda.compilation;

import java.time.LocalDate;
import se.paverkansagenda.followup.RoundFollowUp;
import se.paverkansagenda.notification.SwedishDates;

/** A municipality or organisation asked in a round, and where its answer stands. */
public record Respondent(String code, String name, String standing, boolean answered, boolean late, LocalDate receivedOn,
                         String channel) {

    static Respondent of(RoundFollowUp.Line line) {
        return new Respondent(line.request().recipientCode(), line.request().recipientName(),
                line.standing().swedishName(), line.standing().answered(), line.standing().answered() && line.standing().late(),
                line.answer() == null ? null : line.answer().receivedOn(),
                line.answer() == null ? "" : line.answer().channel().swedishName());
    }

    /** The day the answer came in, in words, or empty. */
    public String receivedOnText() {
        return receivedOn == null ? "" : SwedishDates.day(receivedOn);
    }
}
