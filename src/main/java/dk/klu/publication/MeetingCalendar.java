package dk.klu.publication;

import dk.klu.meeting.Meeting;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The meetings in iCalendar (RFC 5545): an invitation that goes with the agenda, and the public
 * feed people subscribe to. A meeting keeps one UID, so a calendar updates it rather than adding a
 * second one. Times are written in UTC, which every calendar converts to local time. Both pass
 * ical4j's strict validation: one DTSTAMP per event, and the ORGANIZER that RFC 5546 requires for
 * PUBLISH as well as REQUEST (the committee's mail address, {@code klu.mail.from}).
 */
@Component
public class MeetingCalendar {

  private static final String PRODUCT = "-//KLU workflow//Kommunalt Laegeligt Udvalg//DA";

  private final PublicLinks links;
  private final String organizer;

  public MeetingCalendar(
      PublicLinks links, @Value("${klu.mail.from:klu@localhost}") String organizer) {
    this.links = links;
    this.organizer = organizer == null || organizer.isBlank() ? "klu@localhost" : organizer;
  }

  /** An invitation to one meeting from the organizer to the attendees (METHOD:REQUEST). */
  public String invitation(Meeting m, String organizer, List<String> attendees, Instant stamp) {
    Calendar calendar = calendar("KLU-møde");
    calendar.add(ImmutableMethod.REQUEST);
    VEvent event = event(m, organizer, stamp);
    for (String address : attendees) {
      event.add(new Attendee(URI.create("mailto:" + address)));
    }
    calendar.add(event);
    return write(calendar);
  }

  /** The committee's meetings as a feed (METHOD:PUBLISH). */
  public String feed(String name, List<Meeting> meetings, Instant stamp) {
    Calendar calendar = calendar(name);
    calendar.add(ImmutableMethod.PUBLISH);
    for (Meeting m : meetings) {
      calendar.add(event(m, organizer, stamp));
    }
    return write(calendar);
  }

  private static Calendar calendar(String name) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    return calendar;
  }

  private VEvent event(Meeting m, String organizer, Instant stamp) {
    VEvent event = new VEvent(m.startsAt().toInstant(), m.endsAt().toInstant(), m.title());
    event.add(new Uid("klu-meeting-" + m.id() + "@" + links.host()));
    // ical4j's constructor stamps the event with the clock; RFC 5545 allows one DTSTAMP
    event.replace(new DtStamp(stamp));
    event.add(new Organizer(URI.create("mailto:" + organizer)));
    event.add(new Sequence(0));
    event.add(new Location(m.location()));
    event.add(new Description(description(m)));
    event.add(new Url(URI.create(links.meetingPage(m.id()))));
    return event;
  }

  /** "KLU-møde torsdag 11. februar 2027 kl. 14.00, Rådhuset. Dagsorden og referat: …". */
  private String description(Meeting m) {
    return "KLU-møde "
        + PublicArchive.when(m)
        + ", "
        + m.location()
        + ". Dagsorden og referat: "
        + links.meetingPage(m.id());
  }

  private static String write(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Ugyldig kalender: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
