package dk.klu.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.meeting.Meeting;
import dk.klu.support.CalendarChecker;
import dk.klu.support.Meetings;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both calendars the application writes, the public feed and the agenda mail's invitation, pass
 * ical4j's strict validation (no ERROR entry) and describe the meeting the way people say it.
 * MeetingCycleTest checks the same on what the running application serves and mails.
 */
class MeetingCalendarTest {

  private static final Instant STAMP = Instant.parse("2027-01-01T08:00:00Z");

  private static final Meeting MEETING =
      Meetings.at(
          3,
          "KLU-møde februar 2027",
          "Rådhuset, mødelokale 1",
          "2027-02-11T14:00:00+01:00",
          "2027-02-11T16:00:00+01:00");

  private final MeetingCalendar calendar =
      new MeetingCalendar(new PublicLinks("https://klu.example.dk"), "klu@klu.example.dk");

  @Test
  void feedIsStrictlyValidWithOneStampAndAnOrganizer() {
    String ics = calendar.feed("KLU", List.of(MEETING), STAMP);

    assertThat(CalendarChecker.errors(ics)).isEmpty();
    assertThat(ics)
        .contains("METHOD:PUBLISH")
        .contains("ORGANIZER:mailto:klu@klu.example.dk")
        .contains("DTSTAMP:20270101T080000Z");
    assertThat(ics.split("\r\n")).filteredOn(l -> l.startsWith("DTSTAMP")).hasSize(1);
  }

  @Test
  void invitationIsStrictlyValid() {
    String ics =
        calendar.invitation(MEETING, "klu@klu.example.dk", List.of("laege@klu.example"), STAMP);

    assertThat(CalendarChecker.errors(ics)).isEmpty();
    assertThat(ics).contains("METHOD:REQUEST").doesNotContain("VALARM");
    assertThat(ics.split("\r\n")).filteredOn(l -> l.startsWith("DTSTAMP")).hasSize(1);
    assertThat(ics.split("\r\n")).filteredOn(l -> l.startsWith("ORGANIZER")).hasSize(1);
  }

  @Test
  void describesTheMeetingInWords() {
    String unfolded = calendar.feed("KLU", List.of(MEETING), STAMP).replace("\r\n ", "");

    assertThat(unfolded)
        .contains(
            "DESCRIPTION:KLU-møde torsdag 11. februar 2027 kl. 14.00\\, Rådhuset\\, mødelokale 1."
                + " Dagsorden og referat: https://klu.example.dk/public/meetings/3")
        .doesNotContain("Møde i");
  }
}
