package dk.klu.honorarium.process;

import static dk.klu.honorarium.process.HonorariumProcess.*;

import dk.klu.honorarium.FeeList;
import dk.klu.honorarium.HonorariumService;
import dk.klu.meeting.AttendanceRegistered;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.Outbox;
import dk.klu.process.EngineAccess;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a meeting's attendance is registered, its fees follow (docs/adr/0005): the first
 * registration starts one {@code klu-honorarium} with the business key {@code
 * honorarium-<meetingId>}; a later registration while the list awaits approval has it computed
 * again; once the list is approved it is locked and the secretariat is told instead. Runs in the
 * registering step's transaction, so a failed step starts nothing and a retried step starts no
 * second process. The process computes in its own job (the message start is asynchronous after), so
 * its failures never hold up the meeting.
 */
@Component
public record HonorariumFromAttendance(
    HonorariumService fees,
    MeetingService meetings,
    Outbox outbox,
    HonorariumMessages messages,
    RuntimeService runtimeService,
    HistoryService historyService,
    EngineAccess engineAccess) {

  /** What a registration led to. */
  public enum Outcome {
    STARTED,
    RECOMPUTED,
    LOCKED
  }

  public static String businessKey(long meetingId) {
    return "honorarium-" + meetingId;
  }

  @EventListener
  public void attendanceRegistered(AttendanceRegistered event) {
    follow(event.meetingId());
  }

  /** Starts, recomputes or leaves the meeting's fee list as described above. */
  public Outcome follow(long meetingId) {
    String key = businessKey(meetingId);
    return engineAccess.asApplication(
        () -> {
          Optional<FeeList> list = fees.ofMeeting(meetingId);
          if (list.isPresent() && list.get().approved()) {
            outbox.record(
                messages.attendanceChangedAfterApproval(
                    meetings.get(meetingId), meetings.now().toInstant().toEpochMilli()));
            return Outcome.LOCKED;
          }
          boolean running =
              runtimeService
                      .createProcessInstanceQuery()
                      .processDefinitionKey(KEY)
                      .processInstanceBusinessKey(key)
                      .count()
                  > 0;
          if (running) {
            // waiting for approval: computed again; anywhere else it reads the new attendance
            // anyway
            runtimeService
                .createMessageCorrelation(MESSAGE_ATTENDANCE_CORRECTED)
                .processInstanceBusinessKey(key)
                .correlateAllWithResult();
            return Outcome.RECOMPUTED;
          }
          boolean ended =
              historyService
                      .createHistoricProcessInstanceQuery()
                      .processDefinitionKey(KEY)
                      .processInstanceBusinessKey(key)
                      .count()
                  > 0;
          if (ended) {
            return Outcome.LOCKED;
          }
          runtimeService
              .createMessageCorrelation(MESSAGE_ATTENDANCE_REGISTERED)
              .processInstanceBusinessKey(key)
              .setVariable(MEETING_ID.name(), meetingId)
              .correlateStartMessage();
          return Outcome.STARTED;
        });
  }
}
