package se.paverkansagenda.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SwedishBusinessDaysTest {

    private final SwedishBusinessDays days = SwedishBusinessDays.sweden();

    @Test
    void midsummerEveAndMidsummerDayAreNoBusinessDays() {
        assertThat(days.isBusinessDay(d("2020-06-18"))).isTrue();
        assertThat(days.isBusinessDay(d("2020-06-19"))).isFalse();
        assertThat(days.holidayName(d("2020-06-19"))).hasValue("Midsommarafton");
        assertThat(days.holidayName(d("2020-06-20"))).hasValue("Midsommardagen");
        assertThat(days.plus(d("2020-06-18"), 1)).isEqualTo(d("2020-06-22"));
        assertThat(days.onOrAfter(d("2020-06-19"))).isEqualTo(d("2020-06-22"));
        // 2021: Midsummer Eve moves with the weekday rule to Friday 25 June
        assertThat(days.isBusinessDay(d("2021-06-18"))).isTrue();
        assertThat(days.holidayName(d("2021-06-25"))).hasValue("Midsommarafton");
    }

    @Test
    void christmasToEpiphanyLeavesSixBusinessDays() {
        assertThat(d("2020-12-24")).matches(day -> !days.isBusinessDay(day), "Christmas Eve");
        assertThat(days.holidayName(d("2020-12-25"))).hasValue("Juldagen");
        assertThat(days.holidayName(d("2020-12-26"))).hasValue("Annandag jul");
        assertThat(days.holidayName(d("2020-12-31"))).hasValue("Nyårsafton");
        assertThat(days.holidayName(d("2021-01-01"))).hasValue("Nyårsdagen");
        assertThat(days.holidayName(d("2021-01-06"))).hasValue("Trettondedag jul");

        // business days after 23 December up to 7 January: 28, 29, 30 December, 4, 5 and 7 January
        assertThat(days.between(d("2020-12-23"), d("2021-01-07"))).isEqualTo(6);
        assertThat(days.plus(d("2020-12-23"), 1)).isEqualTo(d("2020-12-28"));
        assertThat(days.plus(d("2020-12-30"), 1)).isEqualTo(d("2021-01-04"));
        assertThat(days.minus(d("2021-01-07"), 3)).isEqualTo(d("2020-12-30"));
        assertThat(days.onOrAfter(d("2021-01-06"))).isEqualTo(d("2021-01-07"));
    }

    @Test
    void easterTakesGoodFridayAndEasterMondayAndAscensionIsAHoliday() {
        assertThat(days.holidayName(d("2021-04-02"))).hasValue("Långfredag");
        assertThat(days.holidayName(d("2021-04-05"))).hasValue("Annandag påsk");
        assertThat(days.onOrAfter(d("2021-04-02"))).isEqualTo(d("2021-04-06"));
        assertThat(days.minus(d("2021-04-06"), 1)).isEqualTo(d("2021-04-01"));
        assertThat(days.between(d("2021-04-01"), d("2021-04-06"))).isEqualTo(1);
        assertThat(days.holidayName(d("2020-05-21"))).hasValue("Kristi himmelfärdsdag");
        assertThat(days.isBusinessDay(d("2020-05-01"))).isFalse();
    }

    @Test
    void saysWhyADayIsNoBusinessDay() {
        assertThat(days.whyNotABusinessDay(d("2020-12-19"))).hasValue("en lördag");
        assertThat(days.whyNotABusinessDay(d("2020-12-20"))).hasValue("en söndag");
        assertThat(days.whyNotABusinessDay(d("2020-12-24"))).hasValue("en helgdag (Julafton)");
        assertThat(days.whyNotABusinessDay(d("2020-12-23"))).isEmpty();
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
