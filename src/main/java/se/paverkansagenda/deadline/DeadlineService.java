package se.paverkansagenda.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every date the lifecycle computes: the plan's calendar days as moments in the region's time zone,
 * Swedish business days, reminder moments and lateness. A step may start at the first moment of its
 * start day and is late once its last day has ended. All moments go through the zone's rules, so
 * they stay right across daylight-saving changes.
 */
@Service
public class DeadlineService {

    private final ZoneId zone;
    private final LocalTime reminderTime;
    private final SwedishBusinessDays businessDays = SwedishBusinessDays.sweden();

    public DeadlineService(@Value("${paverkansagenda.time-zone:Europe/Stockholm}") ZoneId zone,
                           @Value("${paverkansagenda.reminder-time:08:00}") LocalTime reminderTime) {
        this.zone = zone;
        this.reminderTime = reminderTime;
    }

    public ZoneId zone() {
        return zone;
    }

    public SwedishBusinessDays businessDays() {
        return businessDays;
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

    /**
     * The moments to remind a recipient, one per rule ("10 business days before the deadline"), in
     * order: the morning of the business day that many business days before the deadline day.
     * Moments that are not after {@code notBefore} (a request sent late) are left out.
     */
    public List<Instant> reminderMoments(LocalDate deadline, Collection<Integer> businessDaysBefore, Instant notBefore) {
        return businessDaysBefore.stream()
                .map(days -> reminderMoment(deadline, days))
                .filter(moment -> moment.isAfter(notBefore))
                .distinct()
                .sorted()
                .toList();
    }

    /** The morning of the business day that lies the given number of business days before the deadline day. */
    public Instant reminderMoment(LocalDate deadline, int businessDaysBefore) {
        return businessDays.minus(deadline, businessDaysBefore).atTime(reminderTime).atZone(zone).toInstant();
    }

    /** How late something due at {@code due} is at {@code now}; zero while it is not yet due. */
    public Lateness lateness(Instant due, Instant now) {
        if (!now.isAfter(due)) {
            return new Lateness(0, 0);
        }
        LocalDate dueDay = LocalDate.ofInstant(due, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Lateness(businessDays.between(dueDay, today), (int) ChronoUnit.DAYS.between(dueDay, today));
    }
}
