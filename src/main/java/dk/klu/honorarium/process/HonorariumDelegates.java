package dk.klu.honorarium.process;

import static dk.klu.honorarium.process.HonorariumProcess.*;

import dk.klu.honorarium.DanishNumbers;
import dk.klu.honorarium.FeeCandidate;
import dk.klu.honorarium.FeeDecision;
import dk.klu.honorarium.FeeList;
import dk.klu.honorarium.FeeProperties;
import dk.klu.honorarium.HonorariumService;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.meeting.process.AttendanceForm;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.notification.Outbox;
import dk.klu.process.EngineAccess;
import dk.klu.process.Iso;
import dk.klu.process.RowSlots;
import dk.klu.process.contract.Actors;
import dk.klu.rules.MeetingSchedule;
import dk.klu.tasklist.TaskNames;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-honorarium}: each maps variables, calls {@link HonorariumService},
 * records the messages it causes in the outbox (same transaction) and maps results back. Who is
 * paid is the decision table {@code klu-fee-eligibility}, evaluated per person.
 */
@Configuration(proxyBeanMethods = false)
public record HonorariumDelegates(
    HonorariumService fees,
    MeetingService meetings,
    AttendanceService attendance,
    Outbox outbox,
    CommitteeProperties committee,
    HonorariumMessages messages,
    EngineAccess engineAccess) {

  static long meetingId(DelegateExecution execution) {
    return MEETING_ID.from(execution).get();
  }

  /** The decision table's answer for one person. */
  FeeDecision decide(DecisionService decisions, FeeCandidate candidate, int paidSeats) {
    DmnDecisionRuleResult result =
        engineAccess
            .asApplication(
                () ->
                    decisions
                        .evaluateDecisionTableByKey(ELIGIBILITY_DECISION)
                        .variables(
                            Variables.createVariables()
                                .putValue("participation", candidate.participation().danish())
                                .putValue("seatNumber", candidate.seatNumber())
                                .putValue("paidSeats", paidSeats))
                        .evaluate())
            .getSingleResult();
    if (result == null) {
      throw new IllegalStateException(
          "Beslutningstabellen "
              + ELIGIBILITY_DECISION
              + " gav intet svar for "
              + candidate.name()
              + " ("
              + candidate.participation().danish()
              + ").");
    }
    return new FeeDecision(Boolean.TRUE.equals(result.getEntry("paid")), result.getEntry("reason"));
  }

  /**
   * Computes the meeting's fee list from its attendance with the decision table and stores it; the
   * approval form shows it, and the approval's reminder and due date are set.
   */
  @Bean
  JavaDelegate computeFeesDelegate() {
    return execution -> {
      long meetingId = meetingId(execution);
      DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
      int seats = fees.properties().paidSeats();
      FeeList list =
          fees.compute(
              meetingId, c -> decide(decisions, c, seats), execution.getProcessInstanceId());
      Meeting meeting = meetings.get(meetingId);
      MEETING_LABEL.set(execution, meeting.label());
      MEETING_NAME.set(execution, TaskNames.meeting(committee.name(), meeting.startsAt()));
      FEE_LINES.set(execution, rows(list));
      FEE_SUMMARY.set(execution, summary(list));
      FEE_TOTAL.set(execution, DanishNumbers.amount(list.totalAmount()) + " kr.");
      FeeProperties properties = fees.properties();
      REMINDER_CYCLE.set(execution, "R/" + properties.approvalReminderAfter());
      APPROVAL_DUE.set(
          execution,
          Iso.format(
              meetings
                  .now()
                  .atZoneSameInstant(MeetingSchedule.KLU_ZONE)
                  .plus(properties.approvalReminderAfter())));
      DECISION.clear(execution);
      CORRECTION_REASON.clear(execution);
    };
  }

  static JsonValue rows(FeeList list) {
    return RowSlots.slots(
        list.lines(),
        (line, row) -> {
          row.put("name", line.name());
          row.put("roleText", line.roleText());
          row.put("paidText", line.paid() ? "Honoreres" : "Honoreres ikke");
          row.put("reason", line.reason());
          row.put(
              "amountText",
              line.paid()
                  ? DanishNumbers.hours(line.hours())
                      + " timer × "
                      + DanishNumbers.amount(list.rate())
                      + " kr. = "
                      + DanishNumbers.amount(line.amount())
                      + " kr."
                  : "0,00 kr.");
        });
  }

  static String summary(FeeList list) {
    return "Sats: "
        + DanishNumbers.amount(list.rate())
        + " kr. pr. time · Timer pr. honoreret læge: "
        + DanishNumbers.hours(list.hours())
        + " ("
        + list.timeBasis().danish().toLowerCase(Locale.ROOT)
        + ") · Honorerede pladser: "
        + list.paidSeats()
        + " · Honoreres: "
        + list.paidLines().size()
        + " · I alt: "
        + DanishNumbers.amount(list.totalAmount())
        + " kr.";
  }

  /**
   * The secretariat approved the list: it is locked, and the secretariat is told where the CSV is.
   */
  @Bean
  JavaDelegate approveFeeListDelegate() {
    return execution -> {
      long meetingId = meetingId(execution);
      FeeList list = fees.approve(meetingId, Actors.current(execution));
      outbox.record(messages.approved(meetings.get(meetingId), list));
    };
  }

  /**
   * The secretariat sent the list back: the reason is kept and the correction form gets the
   * meeting's attendance as row slots.
   */
  @Bean
  JavaDelegate sendBackFeeListDelegate() {
    return execution -> {
      long meetingId = meetingId(execution);
      fees.sendBack(meetingId, CORRECTION_REASON.from(execution).getOrNull());
      List<Attendee> list = attendance.of(meetingId);
      ATTENDANCE.set(execution, AttendanceForm.people(list));
      ADDITIONAL_GPS.set(execution, AttendanceForm.additionalGps(list));
    };
  }

  /** Stores the corrected attendance as the meeting's attendance; the list is computed again. */
  @Bean
  JavaDelegate saveCorrectedAttendanceDelegate() {
    return execution -> {
      long meetingId = meetingId(execution);
      attendance.register(
          meetingId,
          AttendanceForm.read(
              attendance.of(meetingId),
              ATTENDANCE.from(execution).getOrNull(),
              ADDITIONAL_GPS.from(execution).getOrNull(),
              "Fremmødelisten passer ikke til mødets deltagere."));
    };
  }

  /** Reminds the secretariat that the list still awaits approval. */
  @Bean
  JavaDelegate remindFeeApprovalDelegate() {
    return execution -> {
      long meetingId = meetingId(execution);
      int number = fees.recordReminder(meetingId);
      outbox.record(messages.reminder(meetings.get(meetingId), fees.get(meetingId), number));
    };
  }
}
