package dk.klu.meeting;

import static dk.klu.support.CycleDriver.itemValues;
import static dk.klu.support.CycleDriver.meetingValues;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agenda.process.TriageProcess;
import dk.klu.followup.process.FollowUpProcess;
import dk.klu.meeting.process.AgendaPreparationProcess;
import dk.klu.support.BadInput;
import dk.klu.support.BadInputHarness;
import dk.klu.support.RestClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

  /** Every form the cycle passes through (also the fee list's) has its bad submissions. */
  @RegisterExtension
  static final BadInputHarness BAD =
      new BadInputHarness(
              "klu-meeting",
              AgendaItemProcess.KEY,
              TriageProcess.KEY,
              AgendaPreparationProcess.KEY,
              FollowUpProcess.KEY)
          .everyForm();

  @Test
  @Override
  void wholeCycleFromCallToClosedFollowUp() throws Exception {
    super.wholeCycleFromCallToClosedFollowUp();
    BAD.assertEveryFormCovered();
  }

  @Override
  Answer startMeeting(String start) throws Exception {
    BAD.start("sekretaer", "klu-meeting", meetingValues(start));
    return super.startMeeting(start);
  }

  @Override
  String submitItem(String user, String title, String topic, String kind) throws Exception {
    BAD.start(user, AgendaItemProcess.KEY, itemValues(title, topic, kind));
    return super.submitItem(user, title, topic, kind);
  }

  @Override
  protected void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    BAD.task(user, taskId, values);
    super.complete(user, taskId, values);
  }
}
