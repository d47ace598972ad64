package dk.klu.meeting.process;

import static dk.klu.meeting.process.MeetingVariables.*;

import dk.klu.meeting.AttendanceRegistered;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.process.JsonVariables;
import dk.klu.process.WithoutAuthorization;
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
@Configuration
public class MinutesDelegates {

  private final MeetingService meetings;
  private final AttendanceService attendance;
  private final MinutesForm minutesForm;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;
  private final RosterService roster;

  public MinutesDelegates(
      MeetingService meetings,
      AttendanceService attendance,
      MinutesForm minutesForm,
      IdentityService identityService,
      ApplicationEventPublisher events,
      RosterService roster) {
    this.meetings = meetings;
    this.attendance = attendance;
    this.minutesForm = minutesForm;
    this.identityService = identityService;
    this.events = events;
    this.roster = roster;
  }

  /** The meeting was held: the attendance list starts as the committee, everyone present. */
  @Bean
  JavaDelegate prepareMinutesDelegate() {
    return execution -> {
      long meetingId = MeetingDelegates.meetingId(execution);
      meetings.moveTo(meetingId, MeetingPhase.HELD);
      attendance.register(meetingId, committee(meetingId));
      execution.setVariable(FOLLOW_UP_ACTIONS, JsonVariables.slots(List.of()));
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
              WithoutAuthorization.run(
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
      long meetingId = MeetingDelegates.meetingId(task.getExecution());
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Map<String, Object>> additional = new ArrayList<>();
      for (Attendee a : attendance.of(meetingId)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", a.name());
        if (a.role() == Attendee.Role.ADDITIONAL_GP) {
          additional.add(row);
          continue;
        }
        row.put("userId", a.userId());
        row.put("roleLabel", a.role().danish());
        row.put("status", a.status().name());
        row.put("replacedBy", a.replacedBy() == null ? "" : a.replacedBy());
        rows.add(row);
      }
      task.getExecution().setVariable(ATTENDANCE, JsonVariables.slots(rows));
      task.getExecution().setVariable(ADDITIONAL_GPS, JsonVariables.slots(additional));
    };
  }

  @Bean
  TaskListener attendanceFormStore() {
    return task -> {
      long meetingId = MeetingDelegates.meetingId(task.getExecution());
      List<Attendee> base =
          attendance.of(meetingId).stream()
              .filter(a -> a.role() != Attendee.Role.ADDITIONAL_GP)
              .toList();
      List<Map<String, Object>> rows =
          JsonVariables.rows(task.getExecution().getVariable(ATTENDANCE), base.size());
      if (rows.size() != base.size()) {
        throw new IllegalArgumentException("Fremmødelisten passer ikke til udvalget.");
      }
      List<Attendee> registered = new ArrayList<>();
      for (int i = 0; i < base.size(); i++) {
        Attendee b = base.get(i);
        Attendee.Status status = Attendee.Status.valueOf(String.valueOf(rows.get(i).get("status")));
        String replacedBy =
            status == Attendee.Status.REPLACED
                ? JsonVariables.text(rows.get(i), "replacedBy")
                : null;
        registered.add(new Attendee(b.name(), b.userId(), b.role(), status, replacedBy));
      }
      for (Map<String, Object> extra : JsonVariables.rows(task.getExecution(), ADDITIONAL_GPS)) {
        registered.add(
            new Attendee(
                JsonVariables.text(extra, "name"),
                null,
                Attendee.Role.ADDITIONAL_GP,
                Attendee.Status.PRESENT,
                null));
      }
      attendance.register(meetingId, registered);
      events.publishEvent(new AttendanceRegistered(meetingId));
    };
  }

  @Bean
  TaskListener minutesFormData() {
    return task -> {
      long meetingId = MeetingDelegates.meetingId(task.getExecution());
      Object items = JsonVariables.slots(minutesForm.itemRows(meetingId));
      Object actions = JsonVariables.slots(minutesForm.actionRows(meetingId));
      if (task.getTaskDefinitionKey().startsWith(APPROVAL_TASK_PREFIX)) {
        // The chairs approve in parallel and see the minutes read only: each task keeps its own
        // copy, so the two approvals never write the same variable (no optimistic-locking
        // conflict when both chairs submit at the same moment).
        task.setVariableLocal(MINUTES_ITEMS, items);
        task.setVariableLocal(FOLLOW_UP_ACTIONS, actions);
      } else {
        task.getExecution().setVariable(MINUTES_ITEMS, items);
        task.getExecution().setVariable(FOLLOW_UP_ACTIONS, actions);
      }
    };
  }

  /** The chairs' parallel approval tasks (UserTask_ApproveMinutesChair, ...GpChair). */
  static final String APPROVAL_TASK_PREFIX = "UserTask_ApproveMinutes";

  @Bean
  JavaDelegate saveMinutesDelegate() {
    return execution ->
        minutesForm.store(
            MeetingDelegates.meetingId(execution),
            execution.getVariable(MINUTES_ITEMS),
            execution.getVariable(FOLLOW_UP_ACTIONS));
  }
}
