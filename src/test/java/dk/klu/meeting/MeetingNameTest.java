package dk.klu.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.Meetings;
import org.junit.jupiter.api.Test;

/**
 * A meeting's title and date never run together (issue 14, point 14): "KLU-møde februar 2027 11.
 * februar 2027" in headings, mail subjects and PDF titles read as one.
 */
class MeetingNameTest {

  static Meeting meeting(String title) {
    return Meetings.at(1, title, "Rådhuset", "2027-02-11T14:00+01:00", "2027-02-11T16:00+01:00");
  }

  @Test
  void aPlainMeetingNameIsFollowedByItsDate() {
    assertThat(meeting("KLU-møde").label())
        .isEqualTo("KLU-møde 11. februar 2027 kl. 14.00, Rådhuset");
    assertThat(meeting("KLU-møde").titleWithDate()).isEqualTo("KLU-møde 11. februar 2027");
  }

  @Test
  void aTitleOfItsOwnKeepsTheDateApart() {
    assertThat(meeting("KLU-møde februar 2027").label())
        .isEqualTo("KLU-møde februar 2027 (11. februar 2027 kl. 14.00), Rådhuset");
    assertThat(meeting("Dialogmøde med praksis").titleWithDate())
        .isEqualTo("Dialogmøde med praksis (11. februar 2027)");
  }
}
