package dk.klu.yearplan.process;

import static dk.klu.yearplan.process.YearPlanProcess.*;

import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.process.MeetingProcess;
import dk.klu.notification.Outbox;
import dk.klu.process.EngineAccess;
import dk.klu.process.Iso;
import dk.klu.process.RowSlots;
import dk.klu.process.contract.Actors;
import dk.klu.process.contract.Variable;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-year-plan}: each maps variables, calls {@link YearPlanService},
 * records the messages it causes in the outbox (same transaction) and maps results back.
 */
@Configuration(proxyBeanMethods = false)
public record YearPlanDelegates(
    YearPlanService plans,
    YearPlanProperties properties,
    CommitteeProperties committee,
    Outbox outbox,
    YearPlanMessages messages,
    RuntimeService runtimeService,
    EngineAccess engineAccess) {

  static final LocalTime SEND_TIME = MeetingSchedule.SEND_TIME;
  static final LocalTime DUE_TIME = MeetingSchedule.DUE_TIME;

  /** The dialogue meeting is over (and can be summarised) at this time of its day. */
  static final LocalTime DIALOGUE_OVER = LocalTime.of(18, 0);

  private static final DateTimeFormatter LOCAL_START =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  static long planId(DelegateExecution execution) {
    return YEAR_PLAN_ID.from(execution).get();
  }

  /** Stores the plan from the start form and sets the dates the timers need. */
  @Bean
  JavaDelegate registerYearPlanDelegate() {
    return execution -> {
      YearPlanDraft draft =
          YearPlanForm.read(execution::getVariable, THIS_YEAR, properties.defaultLocation());
      YearPlan plan =
          plans.register(
              draft, INITIATOR.from(execution).getOrNull(), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(YearPlan.businessKey(plan.year()));
      YEAR_PLAN_ID.set(execution, plan.id());
      PLAN_YEAR.set(execution, plan.year());
      DIALOGUE_PLANNED.set(execution, plan.dialogueDate() != null);
      if (plan.dialogueDate() != null) {
        LocalDate held = plan.dialogueDate();
        LocalDate planDue =
            DanishHolidays.workingDayOnOrBefore(held.minus(properties.dialoguePlanningBefore()));
        LocalDate summaryDue =
            DanishHolidays.workingDayOnOrBefore(held.plus(properties.dialogueSummaryPeriod()));
        DIALOGUE_LABEL.set(execution, Meeting.danishDate(held));
        DIALOGUE_ANNOUNCE_DATE.set(
            execution,
            at(
                YearPlanRules.announcementDate(held, properties.dialogueAnnouncementLead()),
                SEND_TIME));
        DIALOGUE_PLAN_DUE.set(execution, at(planDue, DUE_TIME));
        DIALOGUE_PLAN_REMINDER.set(
            execution,
            at(
                DanishHolidays.workingDayOnOrBefore(
                    planDue.minus(properties.dialoguePlanningReminderBefore())),
                SEND_TIME));
        DIALOGUE_HELD_AT.set(execution, at(held, DIALOGUE_OVER));
        DIALOGUE_SUMMARY_DUE.set(execution, at(summaryDue, DUE_TIME));
        DIALOGUE_SUMMARY_REMINDER.set(
            execution,
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
      String initiator = INITIATOR.from(execution).getOrNull();
      for (YearPlanMeeting m : plans.meetings(planId(execution))) {
        if (m.meetingId() != null) {
          continue;
        }
        Map<String, Object> variables =
            Variable.values(
                MeetingProcess.MEETING_START.entry(
                    LOCAL_START.format(m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE))),
                MeetingProcess.MEETING_PLANNED_END.entry(
                    LOCAL_START.format(m.endsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE))),
                MeetingProcess.MEETING_LOCATION.entry(m.location()),
                MeetingProcess.INITIATOR.entry(initiator));
        long meetingId =
            engineAccess.asApplication(
                () -> {
                  ProcessInstance meeting =
                      runtimeService.startProcessInstanceByKey(KluProcesses.MEETING, variables);
                  return MeetingProcess.MEETING_ID.convert(
                      runtimeService.getVariable(
                          meeting.getId(), MeetingProcess.MEETING_ID.name()));
                });
        plans.meetingStarted(m.id(), meetingId);
      }
    };
  }

  /** Each strategic topic onto its meeting's agenda; "Årshjul for næste år" onto the last. */
  @Bean
  JavaDelegate placeTopicsDelegate() {
    return execution -> plans.placeTopics(planId(execution), INITIATOR.from(execution).getOrNull());
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
          DIALOGUE_PLACE.from(execution).getOrNull(),
          DIALOGUE_PROGRAMME.from(execution).getOrNull(),
          Actors.current(execution));
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
    return execution ->
        plans.archiveDialogueSummary(
            planId(execution),
            DIALOGUE_SUMMARY.from(execution).getOrNull(),
            DIALOGUE_PARTICIPANTS.from(execution).getOrNull(),
            Actors.current(execution));
  }

  /**
   * Fills the task "Forbered årshjul for næste år": what the committee decided under "Årshjul for
   * næste år", and next year's meetings proposed on the same weekdays, times and places.
   */
  @Bean
  TaskListener nextYearFormData() {
    return task -> {
      long planId = YEAR_PLAN_ID.from(task).get();
      YearPlan plan = plans.get(planId);
      List<PlannedMeeting> proposal = plans.proposedNextYear(planId);
      YEAR_WHEEL_DECISION.set(task, plans.yearWheelDecision(planId));
      NEXT_PLAN_YEAR.set(task, plan.year() + 1);
      NEXT_MEETINGS.set(task, YearPlanForm.meetingSlots(proposal));
      NEXT_DIALOGUE_PLANNED.set(task, plan.dialogueDate() != null);
      NEXT_STRATEGIC_TOPICS.set(task, RowSlots.slots(List.of()));
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
      int next = NEXT_PLAN_YEAR.from(execution).get();
      if (plans.ofYear(next).isPresent()) {
        return;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(PLAN_YEAR.name(), next);
      // the row slots as the engine holds them (Spin JSON), not as read back
      variables.put(MEETINGS.name(), execution.getVariableTyped(NEXT_MEETINGS.name()));
      variables.put(
          DIALOGUE_PLANNED.name(), NEXT_DIALOGUE_PLANNED.from(execution).getOrDefault(false));
      variables.put(DIALOGUE_DATE.name(), execution.getVariable(NEXT_DIALOGUE_DATE.name()));
      variables.put(
          STRATEGIC_TOPICS.name(), execution.getVariableTyped(NEXT_STRATEGIC_TOPICS.name()));
      engineAccess.asApplication(() -> runtimeService.startProcessInstanceByKey(KEY, variables));
      plans.nextYearStarted(planId);
    };
  }

  private static String due(DelegateExecution execution, Variable<String> isoDate) {
    return Meeting.danish(java.time.OffsetDateTime.parse(isoDate.from(execution).get()));
  }
}
