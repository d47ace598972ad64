package dk.klu.honorarium;

import static dk.klu.honorarium.FeeProperties.TimeBasis.FIXED_HOURS;
import static dk.klu.honorarium.FeeProperties.TimeBasis.MEETING_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.minutes.Attendee.Role;
import dk.klu.minutes.Attendee.Status;
import dk.klu.support.Meetings;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is on a fee list and in which seat order, and how the paid time is counted, without a
 * database: appointed members present first, then replacements in the order of the members they
 * replaced; the GP chair is a GP, the KLU chair is the municipality's; the meeting's length or a
 * fixed number of hours, rounded up to half hours or not.
 */
class HonorariumServiceTest {

  static FeeProperties properties(FeeProperties.TimeBasis basis, String fixed, boolean round) {
    return new FeeProperties(
        new BigDecimal("1000.00"), basis, new BigDecimal(fixed), round, 6, Period.ofDays(7), "");
  }

  /** The hours paid for {@code meeting}, with no one present, under these fee settings. */
  static BigDecimal paidHours(
      FeeProperties.TimeBasis basis, String fixed, boolean round, Meeting meeting) {
    return service(properties(basis, fixed, round), List.of()).hours(meeting);
  }

  static HonorariumService service(FeeProperties properties, List<Attendee> people) {
    AttendanceService attendance =
        new AttendanceService(null) {
          @Override
          public List<Attendee> of(long meetingId) {
            return people;
          }
        };
    return new HonorariumService(
        null,
        attendance,
        null,
        new CommitteeProperties(
            "KLU", "formand", "plo-formand", 10, 15, "Kommunalt Lægeligt Udvalg"),
        properties,
        null);
  }

  static Meeting meeting(String start, String end) {
    return Meetings.at(1L, "KLU-møde", "Rådhuset", start, end);
  }

  @Test
  void appointedMembersTakeTheSeatsFirst_thenReplacementsInTheirMembersOrder() {
    List<Attendee> people =
        List.of(
            new Attendee("Frederik Formand", "formand", Role.CHAIR, Status.PRESENT, null),
            new Attendee("Pernille PLO-formand", "plo-formand", Role.CHAIR, Status.PRESENT, null),
            new Attendee("Anna", "a", Role.GP_MEMBER, Status.REPLACED, "Bo Vikar"),
            new Attendee("Carl", "c", Role.GP_MEMBER, Status.PRESENT, null),
            new Attendee("Dorte", "d", Role.GP_MEMBER, Status.REPLACED, "Eva Vikar"),
            new Attendee("Finn", "f", Role.GP_MEMBER, Status.ABSENT, null),
            new Attendee("Gitte", "g", Role.GP_MEMBER, Status.PRESENT, null),
            new Attendee("Hans", "h", Role.MUNICIPAL_MEMBER, Status.PRESENT, null),
            new Attendee("Ida", null, Role.ADDITIONAL_GP, Status.PRESENT, null));

    List<FeeCandidate> candidates =
        service(properties(MEETING_LENGTH, "2.5", true), people).candidates(1L);

    assertThat(candidates)
        .extracting(FeeCandidate::name, FeeCandidate::participation, FeeCandidate::seatNumber)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Frederik Formand", Participation.MUNICIPAL_MEMBER, null),
            org.assertj.core.groups.Tuple.tuple(
                "Pernille PLO-formand", Participation.APPOINTED_GP_PRESENT, 1),
            org.assertj.core.groups.Tuple.tuple("Anna", Participation.APPOINTED_GP_REPLACED, null),
            org.assertj.core.groups.Tuple.tuple("Bo Vikar", Participation.REPLACEMENT_GP, 4),
            org.assertj.core.groups.Tuple.tuple("Carl", Participation.APPOINTED_GP_PRESENT, 2),
            org.assertj.core.groups.Tuple.tuple("Dorte", Participation.APPOINTED_GP_REPLACED, null),
            org.assertj.core.groups.Tuple.tuple("Eva Vikar", Participation.REPLACEMENT_GP, 5),
            org.assertj.core.groups.Tuple.tuple("Finn", Participation.APPOINTED_GP_ABSENT, null),
            org.assertj.core.groups.Tuple.tuple("Gitte", Participation.APPOINTED_GP_PRESENT, 3),
            org.assertj.core.groups.Tuple.tuple("Hans", Participation.MUNICIPAL_MEMBER, null),
            org.assertj.core.groups.Tuple.tuple("Ida", Participation.ADDITIONAL_GP, null));
    assertThat(candidates.get(3).replacesName()).isEqualTo("Anna");
    assertThat(candidates.get(0).roleText()).isEqualTo("Formand for KLU");
    assertThat(candidates.get(1).roleText()).isEqualTo("PLO-formand");
  }

  @Test
  void withAalborgsRosterOnlyPloGpsFillThePaidSeats_aSubstituteInTheMembersPlace() {
    List<Attendee> people = new java.util.ArrayList<>();
    for (var term : dk.klu.demo.DemoRoster.TERMS) {
      boolean replaced = term.name().equals("Birthe Bach");
      people.add(
          new Attendee(
              term.name(),
              term.userId(),
              Role.of(term.role()),
              replaced ? Status.REPLACED : Status.PRESENT,
              replaced ? "Vera Vikar" : null));
    }
    people.add(new Attendee("Ekstra Læge", null, Role.ADDITIONAL_GP, Status.PRESENT, null));

    List<FeeCandidate> candidates =
        service(properties(MEETING_LENGTH, "2.5", true), people).candidates(1L);

    assertThat(candidates.stream().filter(c -> c.seatNumber() != null))
        .as("six paid seats: five PLO GPs present and the substitute for the sixth")
        .extracting(FeeCandidate::name, FeeCandidate::seatNumber)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Pernille PLO-formand", 1),
            org.assertj.core.groups.Tuple.tuple("Lars Læge", 2),
            org.assertj.core.groups.Tuple.tuple("Lene Læge", 3),
            org.assertj.core.groups.Tuple.tuple("Anders Andersen", 4),
            org.assertj.core.groups.Tuple.tuple("Carsten Christensen", 5),
            org.assertj.core.groups.Tuple.tuple("Vera Vikar", 6));
    assertThat(candidates)
        .filteredOn(
            c ->
                List.of(
                        "Frederik Formand",
                        "Dorte Damgaard",
                        "Hanne Holm",
                        "Jette Jakobsen",
                        "Peter Praksiskonsulent",
                        "Sara Sekretær")
                    .contains(c.name()))
        .as("the chair, municipal and hospital members, consultant and secretary: never paid")
        .hasSize(6)
        .allSatisfy(
            c -> {
              assertThat(c.seatNumber()).isNull();
              assertThat(c.participation())
                  .isIn(Participation.MUNICIPAL_MEMBER, Participation.PRACTICE_CONSULTANT);
            });
    assertThat(candidates)
        .filteredOn(c -> c.name().equals("Pernille PLO-formand"))
        .singleElement()
        .satisfies(c -> assertThat(c.roleText()).isEqualTo("PLO-formand"));
    assertThat(candidates)
        .filteredOn(c -> c.name().equals("Ekstra Læge"))
        .singleElement()
        .satisfies(c -> assertThat(c.seatNumber()).isNull());
  }

  @Test
  void paidTimeIsTheMeetingsLengthRoundedUpToHalfHours() {
    Meeting twoHoursTen = meeting("2027-06-10T14:00:00+02:00", "2027-06-10T16:10:00+02:00");
    assertThat(paidHours(MEETING_LENGTH, "2.5", true, twoHoursTen)).isEqualByComparingTo("2.5");
    assertThat(paidHours(MEETING_LENGTH, "2.5", false, twoHoursTen)).isEqualByComparingTo("2.17");
    Meeting exactlyTwo = meeting("2027-06-10T14:00:00+02:00", "2027-06-10T16:00:00+02:00");
    assertThat(paidHours(MEETING_LENGTH, "2.5", true, exactlyTwo)).isEqualByComparingTo("2");
  }

  @Test
  void orAFixedNumberOfHours() {
    Meeting any = meeting("2027-06-10T14:00:00+02:00", "2027-06-10T16:00:00+02:00");
    assertThat(paidHours(FIXED_HOURS, "3", true, any)).isEqualByComparingTo("3");
    assertThat(paidHours(FIXED_HOURS, "2.2", true, any)).isEqualByComparingTo("2.5");
    assertThat(paidHours(FIXED_HOURS, "2.2", false, any)).isEqualByComparingTo("2.2");
  }

  @Test
  void danishNumbers() {
    assertThat(DanishNumbers.amount(new BigDecimal("12345.5"))).isEqualTo("12.345,50");
    assertThat(DanishNumbers.plain(new BigDecimal("12345.5"))).isEqualTo("12345,50");
    assertThat(DanishNumbers.hours(new BigDecimal("2.50"))).isEqualTo("2,5");
  }
}
