package se.paverkansagenda.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Step;

/**
 * iCalendar invitations to the cycle's meetings (RSR, the presidium, the workshop) on the plan's
 * date, at the meeting time of the configuration, in Europe/Stockholm. Each meeting has one UID for
 * the whole cycle; its SEQUENCE starts at 0 and grows each time an invitation goes out with another
 * start than the last one, so calendars replace the old date instead of adding a second meeting.
 */
@Component
public class CalendarInvitations {

    private static final Pattern SUMMARY = Pattern.compile("(?m)^SUMMARY:(.*)$");

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;
    private final LocalTime startsAt;
    private final Duration length;

    public CalendarInvitations(JdbcClient jdbc, DeadlineService deadlines,
                               @Value("${paverkansagenda.meetings.starts-at:09:00}") LocalTime startsAt,
                               @Value("${paverkansagenda.meetings.length:PT3H}") Duration length) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.startsAt = startsAt;
        this.length = length;
    }

    public ZonedDateTime start(LocalDate day) {
        return day.atTime(startsAt).atZone(deadlines.zone());
    }

    public static String uid(String cycleKey, Step meeting) {
        return cycleKey + "-" + meeting.camelName() + "@paverkansagenda";
    }

    /**
     * The invitation as an {@code .ics} text. Call it in the transaction that records the message:
     * it records the meeting's start and sequence.
     */
    public String invitation(String cycleKey, Step meeting, LocalDate day, String summary, String description,
                             String organizer, String attendee) {
        return invitation(cycleKey, List.of(new Meeting(meeting, day, summary, description)), organizer, attendee);
    }

    /**
     * One invitation to several meetings of the cycle (a revised plan that moves more than one of them),
     * each its own event with its UID and sequence. Call it in the transaction that records the message.
     */
    public String invitation(String cycleKey, List<Meeting> meetings, String organizer, String attendee) {
        return calendar(cycleKey, meetings, false, organizer, attendee);
    }

    /**
     * The meetings of the cycle cancelled for one attendee who is no longer invited (a member a revised
     * plan removes): the same events, METHOD:CANCEL and STATUS:CANCELLED, so the attendee's calendar drops them.
     */
    public String cancellation(String cycleKey, List<Meeting> meetings, String organizer, String attendee) {
        return calendar(cycleKey, meetings, true, organizer, attendee);
    }

    private String calendar(String cycleKey, List<Meeting> meetings, boolean cancelled, String organizer,
                            String attendee) {
        List<VEvent> events = meetings.stream().map(meeting -> {
            ZonedDateTime start = start(meeting.day());
            VEvent event = event(uid(cycleKey, meeting.step()), sequence(cycleKey, meeting.step(), start), start,
                    meeting.summary(), meeting.description(), organizer, attendee, cancelled);
            return event;
        }).toList();
        return write(cancelled, events);
    }

    private VEvent event(String uid, int sequence, ZonedDateTime start, String summary, String description,
                         String organizer, String attendee, boolean cancelled) {
        VEvent event = new VEvent(start, start.plus(length), summary);
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new Description(description));
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        event.add(new Attendee(URI.create("mailto:" + attendee)).add(new Cn(attendee)));
        if (cancelled) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        return event;
    }

    private String write(boolean cancelled, List<VEvent> events) {
        Calendar calendar = new Calendar()
                .withProdId("-//Påverkansagenda//Kallelse//SV")
                .withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(timeZone())
                .getFluentTarget();
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One meeting of a cycle on its day: the step it belongs to, its title and its description. */
    public record Meeting(Step step, LocalDate day, String summary, String description) {
    }

    /**
     * Who is invited to a meeting of the cycle now, each once with the title of the event they got: the
     * recipients of the messages that carried its invitation, less those whose latest one cancelled it.
     */
    public Map<String, String> invitees(String cycleKey, Step meeting) {
        String uid = "UID:" + uid(cycleKey, meeting);
        Map<String, String> invitees = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT recipient, calendar FROM notification
                WHERE cycle_key = :cycle AND calendar IS NOT NULL AND idempotency_key LIKE :meeting
                ORDER BY created_at""")
                .param("cycle", cycleKey)
                .param("meeting", "%/" + meeting.name() + "=%")
                .query(rs -> {
                    String calendar = rs.getString(2).replace("\r\n ", "").replace("\n ", "");
                    String event = eventOf(calendar, uid);
                    if (event == null) {
                        return;
                    }
                    if (calendar.contains("METHOD:CANCEL")) {
                        invitees.remove(rs.getString(1));
                        return;
                    }
                    Matcher summary = SUMMARY.matcher(event);
                    invitees.putIfAbsent(rs.getString(1), summary.find() ? summary.group(1).trim().replace("\\,", ",")
                            : meeting.swedishName());
                });
        return invitees;
    }

    /** The text of the calendar's event with the UID line, or null when it has none. */
    private static String eventOf(String calendar, String uidLine) {
        for (String event : calendar.split("BEGIN:VEVENT")) {
            if (Pattern.compile("(?m)^" + Pattern.quote(uidLine) + "\\s*$").matcher(event).find()) {
                return event;
            }
        }
        return null;
    }

    /**
     * An invitation to a meeting of its own (a reference group's), at a day and time of its own: the
     * caller keeps the UID and the SEQUENCE, and a cancellation goes out as METHOD:CANCEL of the same
     * event with STATUS:CANCELLED.
     */
    public String meeting(String uid, int sequence, boolean cancelled, LocalDate day, LocalTime time, String summary,
                          String description, String location, String organizer, String attendee) {
        ZonedDateTime start = day.atTime(time).atZone(deadlines.zone());
        VEvent event = event(uid, sequence, start, summary, description, organizer, attendee, cancelled);
        event.add(new Location(location));
        return write(cancelled, List.of(event));
    }

    /**
     * The zone's VTIMEZONE under the zone's own name. ical4j's bundled definition of Europe/Stockholm
     * is the one of Europe/Berlin, whose rules Sweden shares, and carries Berlin's TZID; the events
     * refer to Europe/Stockholm, so the definition is renamed and stripped of Berlin's source links.
     */
    private VTimeZone timeZone() {
        String id = deadlines.zone().getId();
        VTimeZone definition = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(id).getVTimeZone().copy();
        definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
        definition.replace(new TzId(id));
        return definition;
    }

    private int sequence(String cycleKey, Step meeting, ZonedDateTime start) {
        String uid = uid(cycleKey, meeting);
        OffsetDateTime startsAt = start.toOffsetDateTime();
        var recorded = jdbc.sql("SELECT starts_at, sequence FROM calendar_event WHERE uid = :uid")
                .param("uid", uid)
                .query((rs, row) -> new Recorded(rs.getObject(1, OffsetDateTime.class), rs.getInt(2)))
                .optional();
        if (recorded.isEmpty()) {
            jdbc.sql("INSERT INTO calendar_event (uid, cycle_key, step, starts_at, sequence) VALUES (:uid, :cycle, :step, :at, 0)")
                    .param("uid", uid).param("cycle", cycleKey).param("step", meeting.name()).param("at", startsAt)
                    .update();
            return 0;
        }
        if (recorded.get().startsAt().toInstant().equals(startsAt.toInstant())) {
            return recorded.get().sequence();
        }
        int next = recorded.get().sequence() + 1;
        jdbc.sql("UPDATE calendar_event SET starts_at = :at, sequence = :seq WHERE uid = :uid")
                .param("at", startsAt).param("seq", next).param("uid", uid)
                .update();
        return next;
    }

    private record Recorded(OffsetDateTime startsAt, int sequence) {
    }
}
