package dk.klu.meeting.process;

import static dk.klu.meeting.process.MeetingProcess.*;

import dk.klu.meeting.AttendanceRegistered;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.process.EngineAccess;
import dk.klu.process.FormValues;
import dk.klu.process.RowSlots;
import dk.klu.process.contract.Variable;
import dk.klu.roster.RosterEntry;
import dk.klu.roster.RosterService;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.KluGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code klu-meeting} after the meeting: attendance and minutes. */
@Configuration(proxyBeanMethods = false)
public record MinutesDelegates(
    MeetingService meetings,
    AttendanceService attendance,
    MinutesForm minutesForm,
    IdentityService identityService,
    ApplicationEventPublisher events,
    RosterService roster,
    EngineAccess engineAccess) {

  /** The meeting was held: the attendance list starts as the committee, everyone present. */
  @Bean
  JavaDelegate prepareMinutesDelegate() {
    return execution -> {
      long meetingId = MeetingDelegates.meetingId(execution);
      meetings.moveTo(meetingId, MeetingPhase.HELD);
      attendance.register(meetingId, committee(meetingId));
      FOLLOW_UP_ACTIONS.set(execution, RowSlots.slots(List.of()));
    };
  }

  /**
   * The committee on the meeting's day, from the roster, each with their role. Until the roster has
   * anyone on that day, the committee is read from the Camunda groups as before the roster existed
   * (the chairs, the members as PLO GPs, the practice consultants).
   */
  private List<Attendee> committee(long meetingId) {
    java.time.LocalDate day =
        meetings
            .get(meetingId)
            .startsAt()
            .atZoneSameInstant(MeetingSchedule.KLU_ZONE)
            .toLocalDate();
    List<RosterEntry> onTheDay = roster.on(day);
    if (!onTheDay.isEmpty()) {
      return onTheDay.stream()
          .map(
              e ->
                  new Attendee(
                      e.name(),
                      e.userId(),
                      Attendee.Role.of(e.role()),
                      Attendee.Status.PRESENT,
                      null))
          .toList();
    }
    return committeeFromGroups();
  }

  private List<Attendee> committeeFromGroups() {
    List<Attendee> people = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Attendee.Role> roles = new LinkedHashMap<>();
    roles.put(KluGroups.CHAIR, Attendee.Role.CHAIR);
    roles.put(KluGroups.MEMBER, Attendee.Role.GP_MEMBER);
    roles.put(KluGroups.PRACTICE_CONSULTANT, Attendee.Role.PRACTICE_CONSULTANT);
    roles.forEach(
        (group, role) -> {
          List<User> users =
              engineAccess.asApplication(
                  () ->
                      identityService
                          .createUserQuery()
                          .memberOfGroup(group)
                          .orderByUserId()
                          .asc()
                          .list());
          for (User user : users) {
            if (seen.add(user.getId())) {
              String name = (user.getFirstName() + " " + user.getLastName()).strip();
              people.add(
                  new Attendee(
                      name.isEmpty() ? user.getId() : name,
                      user.getId(),
                      role,
                      Attendee.Status.PRESENT,
                      null));
            }
          }
        });
    return people;
  }

  @Bean
  TaskListener attendanceFormData() {
    return task -> {
      List<Attendee> list = attendance.of(MeetingDelegates.meetingId(task.getExecution()));
      ATTENDANCE.set(task.getExecution(), AttendanceForm.people(list));
      ADDITIONAL_GPS.set(task.getExecution(), AttendanceForm.additionalGps(list));
    };
  }

  @Bean
  TaskListener attendanceFormStore() {
    return task -> {
      long meetingId = MeetingDelegates.meetingId(task.getExecution());
      List<Attendee> before = attendance.of(meetingId);
      List<Attendee> registered =
          AttendanceForm.read(
              before,
              ATTENDANCE.from(task.getExecution()).getOrNull(),
              ADDITIONAL_GPS.from(task.getExecution()).getOrNull(),
              "Fremmødelisten passer ikke til udvalget.");
      if (!registered.equals(before)) { // registered as it stood: nothing to write
        attendance.register(meetingId, registered);
      }
      events.publishEvent(new AttendanceRegistered(meetingId));
    };
  }

  /** Fills the minutes lists of the secretariat's forms (written, revised) from the tables. */
  @Bean
  TaskListener minutesFormData() {
    return task -> {
      long meetingId = MeetingDelegates.meetingId(task.getExecution());
      MINUTES_ITEMS.set(task.getExecution(), minutesForm.itemSlots(meetingId));
      FOLLOW_UP_ACTIONS.set(task.getExecution(), minutesForm.actionSlots(meetingId));
    };
  }

  /**
   * What the chairs approve, read from the tables when their form is opened: the minutes' items and
   * actions (read only), who attended and what is to be followed up. Nothing is stored for it, so
   * the two parallel approvals never write the same variable.
   */
  @Bean
  FormValues minutesApprovalFormValues() {
    return task -> {
      long meetingId = MeetingDelegates.meetingId(task.getExecution());
      return Variable.values(
          MINUTES_ITEMS.entry(minutesForm.itemSlots(meetingId)),
          FOLLOW_UP_ACTIONS.entry(minutesForm.actionSlots(meetingId)),
          MINUTES_ATTENDANCE_TEXT.entry(attendanceText(attendance.of(meetingId))),
          MINUTES_ACTIONS_TEXT.entry(minutesForm.actionsText(meetingId)));
    };
  }

  /**
   * The attendance as the chairs read it: "- **Lars Læge** (Praktiserende læge (PLO)): til stede".
   */
  static String attendanceText(List<Attendee> attendance) {
    StringBuilder text = new StringBuilder();
    for (Attendee a : attendance) {
      text.append("- **")
          .append(a.name())
          .append("** (")
          .append(a.role().danish())
          .append("): ")
          .append(
              switch (a.status()) {
                case PRESENT -> "til stede";
                case ABSENT -> "afbud";
                case REPLACED -> "erstattet af " + a.replacedBy();
              })
          .append("\n");
    }
    return text.isEmpty() ? "Fremmødet er ikke registreret." : text.toString().strip();
  }

  @Bean
  JavaDelegate saveMinutesDelegate() {
    return execution ->
        minutesForm.store(
            MeetingDelegates.meetingId(execution),
            MINUTES_ITEMS.from(execution).getOrNull(),
            FOLLOW_UP_ACTIONS.from(execution).getOrNull());
  }
}
