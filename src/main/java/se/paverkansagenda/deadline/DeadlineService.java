package se.paverkansagenda.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Turns the plan's calendar days into moments in the region's time zone. A step may start at the
 * first moment of its start day and is late once its last day has ended.
 */
@Service
public class DeadlineService {

    private final ZoneId zone;

    public DeadlineService(@Value("${paverkansagenda.time-zone:Europe/Stockholm}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** The last second of the day: a task due then is on time all day long. */
    public Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
    }

    /** Today in the region, by the engine's clock so that tests can move time. */
    public LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }

    /** The engine's clock as a {@link Clock}, for code that stamps times. */
    public Clock clock() {
        return Clock.fixed(ClockUtil.getCurrentTime().toInstant(), zone);
    }
}
