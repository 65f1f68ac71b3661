package se.paverkansagenda.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineServiceTest {

    private final DeadlineService deadlines = new DeadlineService(ZoneId.of("Europe/Stockholm"), LocalTime.of(8, 0));

    @Test
    void theEndOfADayFollowsTheClockChangeOfADaylightSavingWeekend() {
        // 28 March 2021: clocks go from 02:00 CET to 03:00 CEST
        assertThat(deadlines.endOfDay(d("2021-03-27")).toInstant()).isEqualTo("2021-03-27T22:59:59Z");
        assertThat(deadlines.endOfDay(d("2021-03-28")).toInstant()).isEqualTo("2021-03-28T21:59:59Z");
        assertThat(deadlines.startOfDay(d("2021-03-29")).toInstant()).isEqualTo("2021-03-28T22:00:00Z");
        // 25 October 2020: back from CEST to CET
        assertThat(deadlines.startOfDay(d("2020-10-26")).toInstant()).isEqualTo("2020-10-25T23:00:00Z");
    }

    @Test
    void remindersFallOnTheMorningOfBusinessDaysBeforeTheDeadlineOnEitherSideOfTheClockChange() {
        List<Instant> moments = deadlines.reminderMoments(d("2021-03-30"), List.of(3, 1), Instant.parse("2021-03-01T00:00:00Z"));

        // 3 business days before Tuesday 30 March is Thursday 25 March (CET), 1 is Monday 29 March (CEST)
        assertThat(moments).containsExactly(Instant.parse("2021-03-25T07:00:00Z"), Instant.parse("2021-03-29T06:00:00Z"));
    }

    @Test
    void remindersOfTheSeedRoundsSkipHolidaysAndThoseAlreadyPastAreLeftOut() {
        assertThat(deadlines.reminderMoments(d("2020-10-02"), List.of(10, 3), Instant.parse("2020-05-08T07:00:00Z")))
                .containsExactly(Instant.parse("2020-09-18T06:00:00Z"), Instant.parse("2020-09-29T06:00:00Z"));
        // the consultation's deadline right after the holidays: 5 business days before 12 January 2021
        // passes Epiphany and lands on Monday 4 January
        assertThat(deadlines.reminderMoments(d("2021-01-12"), List.of(5), Instant.parse("2020-12-19T08:00:00Z")))
                .containsExactly(Instant.parse("2021-01-04T07:00:00Z"));
        // a request sent after the first reminder day only gets the later reminder
        assertThat(deadlines.reminderMoments(d("2020-10-02"), List.of(10, 3), Instant.parse("2020-09-20T08:00:00Z")))
                .containsExactly(Instant.parse("2020-09-29T06:00:00Z"));
    }

    @Test
    void latenessCountsBusinessDaysBegunSinceTheDueDayEndedAcrossTheClockChange() {
        Instant dueFriday = deadlines.endOfDay(d("2021-03-26")).toInstant();

        assertThat(deadlines.lateness(dueFriday, Instant.parse("2021-03-26T12:00:00Z"))).isEqualTo(new Lateness(0, 0));
        assertThat(deadlines.lateness(dueFriday, Instant.parse("2021-03-27T10:00:00Z"))).isEqualTo(new Lateness(0, 1));
        Lateness mondayMorning = deadlines.lateness(dueFriday, Instant.parse("2021-03-29T06:00:00Z"));
        assertThat(mondayMorning).isEqualTo(new Lateness(1, 3));
        assertThat(mondayMorning.inSwedish()).isEqualTo("1 arbetsdag (3 kalenderdagar)");
        // due before Easter 2021, still open the Tuesday after: Good Friday and Easter Monday do not count
        Lateness afterEaster = deadlines.lateness(deadlines.endOfDay(d("2021-03-31")).toInstant(),
                Instant.parse("2021-04-06T08:00:00Z"));
        assertThat(afterEaster).isEqualTo(new Lateness(2, 6));
        assertThat(afterEaster.inSwedish()).isEqualTo("2 arbetsdagar (6 kalenderdagar)");
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
