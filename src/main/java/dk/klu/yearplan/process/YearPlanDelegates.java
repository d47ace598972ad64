package dk.klu.yearplan.process;

import static dk.klu.yearplan.process.YearPlanVariables.*;

import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.process.MeetingVariables;
import dk.klu.notification.Outbox;
import dk.klu.process.Ids;
import dk.klu.process.Iso;
import dk.klu.process.RowSlots;
import dk.klu.process.WithoutAuthorization;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.KluProcesses;
import dk.klu.yearplan.DialogueMeeting;
import dk.klu.yearplan.PlannedMeeting;
import dk.klu.yearplan.YearPlan;
import dk.klu.yearplan.YearPlanDraft;
import dk.klu.yearplan.YearPlanMeeting;
import dk.klu.yearplan.YearPlanProperties;
import dk.klu.yearplan.YearPlanRules;
import dk.klu.yearplan.YearPlanService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-year-plan}: each maps variables, calls {@link YearPlanService},
 * records the messages it causes in the outbox (same transaction) and maps results back.
 */
@Configuration
public class YearPlanDelegates {

  static final LocalTime SEND_TIME = MeetingSchedule.SEND_TIME;
  static final LocalTime DUE_TIME = MeetingSchedule.DUE_TIME;

  /** The dialogue meeting is over (and can be summarised) at this time of its day. */
  static final LocalTime DIALOGUE_OVER = LocalTime.of(18, 0);

  private static final DateTimeFormatter LOCAL_START =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final YearPlanService plans;
  private final YearPlanProperties properties;
  private final CommitteeProperties committee;
  private final Outbox outbox;
  private final YearPlanMessages messages;
  private final RuntimeService runtimeService;

  public YearPlanDelegates(
      YearPlanService plans,
      YearPlanProperties properties,
      CommitteeProperties committee,
      Outbox outbox,
      YearPlanMessages messages,
      RuntimeService runtimeService) {
    this.plans = plans;
    this.properties = properties;
    this.committee = committee;
    this.outbox = outbox;
    this.messages = messages;
    this.runtimeService = runtimeService;
  }

  static long planId(DelegateExecution execution) {
    return Ids.of(execution, YEAR_PLAN_ID);
  }

  /** Stores the plan from the start form and sets the dates the timers need. */
  @Bean
  JavaDelegate registerYearPlanDelegate() {
    return execution -> {
      YearPlanDraft draft =
          YearPlanForm.read(execution::getVariable, "", properties.defaultLocation());
      YearPlan plan =
          plans.register(
              draft, (String) execution.getVariable(INITIATOR), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(YearPlan.businessKey(plan.year()));
      execution.setVariable(YEAR_PLAN_ID, plan.id());
      execution.setVariable(PLAN_YEAR, Integer.valueOf(plan.year()));
      execution.setVariable(DIALOGUE_PLANNED, plan.dialogueDate() != null);
      if (plan.dialogueDate() != null) {
        LocalDate held = plan.dialogueDate();
        LocalDate planDue =
            DanishHolidays.workingDayOnOrBefore(held.minus(properties.dialoguePlanningBefore()));
        LocalDate summaryDue =
            DanishHolidays.workingDayOnOrBefore(held.plus(properties.dialogueSummaryPeriod()));
        execution.setVariable(DIALOGUE_LABEL, Meeting.danishDate(held));
        execution.setVariable(
            DIALOGUE_ANNOUNCE_DATE,
            at(
                YearPlanRules.announcementDate(held, properties.dialogueAnnouncementLead()),
                SEND_TIME));
        execution.setVariable(DIALOGUE_PLAN_DUE, at(planDue, DUE_TIME));
        execution.setVariable(
            DIALOGUE_PLAN_REMINDER,
            at(
                DanishHolidays.workingDayOnOrBefore(
                    planDue.minus(properties.dialoguePlanningReminderBefore())),
                SEND_TIME));
        execution.setVariable(DIALOGUE_HELD_AT, at(held, DIALOGUE_OVER));
        execution.setVariable(DIALOGUE_SUMMARY_DUE, at(summaryDue, DUE_TIME));
        execution.setVariable(
            DIALOGUE_SUMMARY_REMINDER,
            at(
                DanishHolidays.workingDayOnOrBefore(
                    summaryDue.minus(properties.dialogueSummaryReminderBefore())),
                SEND_TIME));
      }
    };
  }

  static String at(LocalDate date, LocalTime time) {
    return Iso.format(ZonedDateTime.of(date, time, MeetingSchedule.KLU_ZONE));
  }

  /**
   * Starts one {@code klu-meeting} per planned meeting, with the variables of its start form, as
   * the secretariat would in Tasklist; a meeting already started is not started again.
   */
  @Bean
  JavaDelegate startMeetingsDelegate() {
    return execution -> {
      String initiator = (String) execution.getVariable(INITIATOR);
      for (YearPlanMeeting m : plans.meetings(planId(execution))) {
        if (m.meetingId() != null) {
          continue;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(
            MeetingVariables.MEETING_START,
            LOCAL_START.format(m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE)));
        variables.put(
            MeetingVariables.MEETING_PLANNED_END,
            LOCAL_START.format(m.endsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE)));
        variables.put(MeetingVariables.MEETING_LOCATION, m.location());
        variables.put("meetingInitiator", initiator);
        long meetingId =
            WithoutAuthorization.run(
                () -> {
                  ProcessInstance meeting =
                      runtimeService.startProcessInstanceByKey(KluProcesses.MEETING, variables);
                  return ((Number)
                          runtimeService.getVariable(meeting.getId(), MeetingVariables.MEETING_ID))
                      .longValue();
                });
        plans.meetingStarted(m.id(), meetingId);
      }
    };
  }

  /** Each strategic topic onto its meeting's agenda; "Årshjul for næste år" onto the last. */
  @Bean
  JavaDelegate placeTopicsDelegate() {
    return execution ->
        plans.placeTopics(planId(execution), (String) execution.getVariable(INITIATOR));
  }

  private DialogueMeeting dialogue(DelegateExecution execution) {
    return plans.dialogue(planId(execution)).orElseThrow();
  }

  @Bean
  JavaDelegate announceDialogueDelegate() {
    return execution -> {
      YearPlan plan = plans.get(planId(execution));
      outbox.record(
          messages.dialogueAnnouncement(
              plan, dialogue(execution), properties.dialogueInvitees(), committee.name()));
      plans.dialogueAnnounced(plan.id());
    };
  }

  @Bean
  JavaDelegate remindDialoguePlanningDelegate() {
    return execution ->
        outbox.record(
            messages.dialoguePlanningReminder(
                plans.get(planId(execution)),
                dialogue(execution),
                due(execution, DIALOGUE_PLAN_DUE)));
  }

  /** Stores place and programme and sends the programme to the invitees. */
  @Bean
  JavaDelegate recordDialoguePlanDelegate() {
    return execution -> {
      long planId = planId(execution);
      plans.planDialogue(
          planId,
          (String) execution.getVariable(DIALOGUE_PLACE),
          (String) execution.getVariable(DIALOGUE_PROGRAMME),
          currentUser());
      outbox.record(
          messages.dialogueProgramme(
              plans.get(planId),
              dialogue(execution),
              properties.dialogueInvitees(),
              committee.name()));
    };
  }

  @Bean
  JavaDelegate remindDialogueSummaryDelegate() {
    return execution ->
        outbox.record(
            messages.dialogueSummaryReminder(
                plans.get(planId(execution)),
                dialogue(execution),
                due(execution, DIALOGUE_SUMMARY_DUE)));
  }

  @Bean
  JavaDelegate archiveDialogueSummaryDelegate() {
    return execution -> {
      Object participants = execution.getVariable(DIALOGUE_PARTICIPANTS);
      plans.archiveDialogueSummary(
          planId(execution),
          (String) execution.getVariable(DIALOGUE_SUMMARY),
          participants instanceof Number n ? n.intValue() : null,
          currentUser());
    };
  }

  /**
   * Fills the task "Forbered årshjul for næste år": what the committee decided under "Årshjul for
   * næste år", and next year's meetings proposed on the same weekdays, times and places.
   */
  @Bean
  TaskListener nextYearFormData() {
    return task -> {
      long planId = Ids.of(task, YEAR_PLAN_ID);
      YearPlan plan = plans.get(planId);
      List<PlannedMeeting> proposal = plans.proposedNextYear(planId);
      task.setVariable(YEAR_WHEEL_DECISION, plans.yearWheelDecision(planId));
      task.setVariable(NEXT_PLAN_YEAR, plan.year() + 1);
      task.setVariable(NEXT_MEETINGS, YearPlanForm.meetingSlots(proposal));
      task.setVariable(NEXT_DIALOGUE_PLANNED, plan.dialogueDate() != null);
      task.setVariable(NEXT_STRATEGIC_TOPICS, RowSlots.slots(List.of()));
    };
  }

  /**
   * Starts next year's {@code klu-year-plan} with what the secretariat prepared (checked by the
   * same rules as the start form), unless next year already has a plan.
   */
  @Bean
  JavaDelegate startNextYearDelegate() {
    return execution -> {
      long planId = planId(execution);
      int next = ((Number) execution.getVariable(NEXT_PLAN_YEAR)).intValue();
      if (plans.ofYear(next).isPresent()) {
        return;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(PLAN_YEAR, next);
      variables.put(MEETINGS, execution.getVariableTyped(NEXT_MEETINGS));
      variables.put(
          DIALOGUE_PLANNED, Boolean.TRUE.equals(execution.getVariable(NEXT_DIALOGUE_PLANNED)));
      variables.put(DIALOGUE_DATE, execution.getVariable(NEXT_DIALOGUE_DATE));
      variables.put(STRATEGIC_TOPICS, execution.getVariableTyped(NEXT_STRATEGIC_TOPICS));
      WithoutAuthorization.run(
          () -> runtimeService.startProcessInstanceByKey(KluProcesses.YEAR_PLAN, variables));
      plans.nextYearStarted(planId);
    };
  }

  private static String due(DelegateExecution execution, String variable) {
    return Meeting.danish(java.time.OffsetDateTime.parse((String) execution.getVariable(variable)));
  }

  private static String currentUser() {
    var context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }
}
