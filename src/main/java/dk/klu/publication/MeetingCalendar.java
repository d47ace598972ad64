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
import org.springframework.stereotype.Component;

/**
 * The meetings in iCalendar (RFC 5545): an invitation that goes with the agenda, and the public
 * feed people subscribe to. A meeting keeps one UID, so a calendar updates it rather than adding a
 * second one. Times are written in UTC, which every calendar converts to local time.
 */
@Component
public class MeetingCalendar {

  private static final String PRODUCT = "-//KLU workflow//Kommunalt Laegeligt Udvalg//DA";

  private final PublicLinks links;

  public MeetingCalendar(PublicLinks links) {
    this.links = links;
  }

  /** An invitation to one meeting from the organizer to the attendees (METHOD:REQUEST). */
  public String invitation(Meeting m, String organizer, List<String> attendees, Instant stamp) {
    Calendar calendar = calendar("KLU-møde");
    calendar.add(ImmutableMethod.REQUEST);
    VEvent event = event(m, stamp);
    event.add(new Organizer(URI.create("mailto:" + organizer)));
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
      calendar.add(event(m, stamp));
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

  private VEvent event(Meeting m, Instant stamp) {
    VEvent event = new VEvent(m.startsAt().toInstant(), m.endsAt().toInstant(), m.title());
    event.add(new Uid("klu-meeting-" + m.id() + "@" + links.host()));
    event.add(new DtStamp(stamp));
    event.add(new Sequence(0));
    event.add(new Location(m.location()));
    event.add(
        new Description(
            "Møde i " + m.title() + ". Dagsorden og referat: " + links.meetingPage(m.id())));
    event.add(new Url(URI.create(links.meetingPage(m.id()))));
    return event;
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
