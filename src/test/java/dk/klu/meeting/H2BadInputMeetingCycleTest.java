package dk.klu.meeting;

import static dk.klu.support.CycleDriver.itemValues;
import static dk.klu.support.CycleDriver.meetingValues;
import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormCatalog;
import dk.klu.support.BadInput;
import dk.klu.support.RestClient.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reliability, bad input: the whole meeting cycle of {@link MeetingCycleTest}, where before each
 * form is first submitted for real, {@link BadInput} sends that form's generated bad submissions
 * over REST as the same person (wrong types, invalid options, numbers out of range, malformed
 * dates, oversized text, script, markup, control characters, required values left out, unknown
 * fields, broken bodies, serialized objects).
 *
 * <p>Fault injected: every bad submission the form's definition gives rise to. Asserts: each is
 * refused with 400 and a Danish message naming the field; no klu_ table changed (row counts and
 * content hash), the task is still open with its variables, no process started and no incident;
 * then the cycle goes on as usual, and every form of {@code klu-meeting} and {@code
 * klu-agenda-item} had its bad submissions.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-bad-input-cycle;DB_CLOSE_DELAY=-1")
class H2BadInputMeetingCycleTest extends MeetingCycleTest {

  @Autowired FormCatalog forms;
  @Autowired JdbcTemplate jdbc;
  BadInput bad;

  @BeforeEach
  void badInput() {
    bad = new BadInput(rest, engine, forms, jdbc);
  }

  @Test
  @Override
  void wholeCycleFromCallToClosedFollowUp() throws Exception {
    super.wholeCycleFromCallToClosedFollowUp();
    assertThat(bad.covered())
        .as("forms given bad submissions")
        .containsAll(bad.formsOf(List.of("klu-meeting", "klu-agenda-item")));
    System.out.printf(
        "Bad input: %d refused submissions to %d forms%n", bad.requests(), bad.covered().size());
  }

  @Override
  Answer startMeeting(String start) throws Exception {
    bad.start("sekretaer", "klu-meeting", meetingValues(start));
    return super.startMeeting(start);
  }

  @Override
  String submitItem(String user, String title, String topic, String kind) throws Exception {
    bad.start(user, "klu-agenda-item", itemValues(title, topic, kind));
    return super.submitItem(user, title, topic, kind);
  }

  @Override
  void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    bad.task(user, taskId, values);
    super.complete(user, taskId, values);
  }
}
