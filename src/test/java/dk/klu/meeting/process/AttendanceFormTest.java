package dk.klu.meeting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.klu.minutes.Attendee;
import dk.klu.minutes.Attendee.Role;
import dk.klu.minutes.Attendee.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of the attendance forms (registration and the fee correction). */
class AttendanceFormTest {

  static final List<Attendee> CURRENT =
      List.of(
          new Attendee("Anna", "anna", Role.CHAIR, Status.PRESENT, null),
          new Attendee("Bo", "bo", Role.GP_MEMBER, Status.PRESENT, null),
          new Attendee("Eva", null, Role.ADDITIONAL_GP, Status.PRESENT, null));

  @Test
  void theFormGetsThePeopleAndTheExtraGpsApart() {
    assertThat(AttendanceForm.people(CURRENT).getValueSerialized())
        .contains("\"r1\":{\"name\":\"Anna\",\"userId\":\"anna\",\"roleLabel\":\"Formand\"")
        .contains("\"r2\":")
        .doesNotContain("Eva");
    assertThat(AttendanceForm.additionalGps(CURRENT).getValueSerialized())
        .isEqualTo("{\"r1\":{\"name\":\"Eva\"}}");
  }

  @Test
  void readsThePeopleByPositionAndTheNamedExtraGps() {
    List<Attendee> read =
        AttendanceForm.read(
            CURRENT,
            Map.of(
                "r1", Map.of("status", "ABSENT", "replacedBy", "ignored"),
                "r2", Map.of("status", "REPLACED", "replacedBy", "Carl")),
            Map.of("r1", Map.of("name", " "), "r2", Map.of("name", " Dorte ")),
            "passer ikke");
    assertThat(read)
        .containsExactly(
            new Attendee("Anna", "anna", Role.CHAIR, Status.ABSENT, null),
            new Attendee("Bo", "bo", Role.GP_MEMBER, Status.REPLACED, "Carl"),
            new Attendee("Dorte", null, Role.ADDITIONAL_GP, Status.PRESENT, null));
  }

  @Test
  void aListThatDoesNotFitIsRefused() {
    Map<String, Object> three =
        Map.of(
            "r1", Map.of("status", "PRESENT"),
            "r2", Map.of("status", "PRESENT"),
            "r3", Map.of("status", "PRESENT"));
    assertThatThrownBy(() -> AttendanceForm.read(CURRENT, three, null, "passer ikke"))
        .hasMessage("passer ikke");
    assertThat(AttendanceForm.check(AttendanceForm.people(CURRENT).getValueSerialized(), three))
        .containsExactly("Fremmødelisten skal have 2 personer; genindlæs opgaven.");
  }

  @Test
  void eachRowNeedsAStatusAndAReplacementsName() {
    Object given = AttendanceForm.people(CURRENT).getValueSerialized();
    assertThat(
            AttendanceForm.check(
                given,
                Map.of(
                    "r1", Map.of("status", "MAYBE"),
                    "r2", Map.of("status", "REPLACED", "replacedBy", " "))))
        .containsExactly("Anna: vælg fremmøde.", "Bo: skriv stedfortræderens navn.");
  }

  @Test
  void onlyAPloGpCanBeReplacedByAnotherGp_theMessageNamesThePerson() {
    Object given = AttendanceForm.people(CURRENT).getValueSerialized();
    assertThat(
            AttendanceForm.check(
                given,
                Map.of(
                    "r1", Map.of("status", "REPLACED", "replacedBy", "Vera Vikar"),
                    "r2", Map.of("status", "REPLACED", "replacedBy", "Carl"))))
        .singleElement()
        .asString()
        .startsWith("Anna (Formand): kun en praktiserende læge udpeget af PLO kan erstattes");
  }
}
