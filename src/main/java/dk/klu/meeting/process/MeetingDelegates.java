package dk.klu.meeting.process;

import static dk.klu.meeting.process.MeetingVariables.*;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.TriageOutcome;
import dk.klu.agenda.process.ItemTriage;
import dk.klu.document.DocumentArchive;
import dk.klu.document.DocumentKind;
import dk.klu.document.ReleasedDocument;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.meeting.MinutesPublished;
import dk.klu.notification.Outbox;
import dk.klu.process.Ids;
import dk.klu.process.Iso;
import dk.klu.process.RowSlots;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import dk.klu.tasklist.TaskNames;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-meeting}: each maps variables, calls a domain service, records the
 * messages it causes in the outbox (same transaction) and maps results back.
 */
@Configuration
public class MeetingDelegates {

  private final MeetingService meetings;
  private final AgendaItemService items;
  private final FollowUpService followUps;
  private final Outbox outbox;
  private final MeetingMessages messages;
  private final CommitteeProperties committee;
  private final RulesOfProcedure rules;
  private final ItemTriage triage;
  private final DocumentArchive documents;
  private final MeetingRecipients recipients;

  public MeetingDelegates(
      MeetingService meetings,
      AgendaItemService items,
      FollowUpService followUps,
      Outbox outbox,
      MeetingMessages messages,
      CommitteeProperties committee,
      RulesOfProcedure rules,
      ItemTriage triage,
      DocumentArchive documents,
      MeetingRecipients recipients) {
    this.documents = documents;
    this.recipients = recipients;
    this.meetings = meetings;
    this.items = items;
    this.followUps = followUps;
    this.outbox = outbox;
    this.messages = messages;
    this.committee = committee;
    this.rules = rules;
    this.triage = triage;
  }

  /** Who released a document the process released on its date. */
  static final String RELEASED_BY_PROCESS = "klu-meeting";

  static long meetingId(DelegateExecution execution) {
    return Ids.of(execution, MEETING_ID);
  }

  /**
   * The meeting this instance runs: the id in its variables must be the meeting registered with
   * this process instance.
   */
  private Meeting meeting(DelegateExecution execution) {
    Meeting m = meetings.get(meetingId(execution));
    if (m.processInstanceId() == null
        || !m.processInstanceId().equals(execution.getProcessInstanceId())) {
      throw new IllegalStateException(
          "Mødet "
              + m.id()
              + " hører ikke til denne proces ("
              + execution.getProcessInstanceId()
              + ").");
    }
    return m;
  }

  /** The item of this multi-instance, which must be on this instance's meeting, in a status. */
  private AgendaItem item(DelegateExecution execution, ItemStatus... expected) {
    return items.ofMeeting(Ids.of(execution, ITEM_ID), meeting(execution).id(), expected);
  }

  @Bean
  JavaDelegate planMeetingDelegate() {
    return execution -> {
      String title = (String) execution.getVariable(MEETING_TITLE);
      Meeting m =
          meetings.plan(
              (String) execution.getVariable(MEETING_START),
              (String) execution.getVariable(MEETING_PLANNED_END),
              (String) execution.getVariable(MEETING_LOCATION),
              title == null || title.isBlank() ? committee.name() + "-møde" : title,
              (String) execution.getVariable("meetingInitiator"),
              execution.getProcessInstanceId());
      items.addStandingTopics(m.id());
      execution.setVariable(MEETING_ID, m.id());
      execution.setVariable(MEETING_LABEL, m.label());
      String name = TaskNames.meeting(committee.name(), m.startsAt());
      execution.setVariable(MEETING_NAME, name);
      execution.setVariable(CHAIR_USER, committee.chairUser());
      execution.setVariable(GP_CHAIR_USER, committee.gpChairUser());
      meetings.schedule(m).asIso().forEach(execution::setVariable);
      execution.setProcessBusinessKey(name);
    };
  }

  @Bean
  JavaDelegate sendCallForItemsDelegate() {
    return execution -> {
      Meeting m = meeting(execution);
      meetings.moveTo(m.id(), MeetingPhase.INTAKE_OPEN);
      triage.called(items.attachWaiting(m.id()));
      outbox.record(messages.callForItems(m, recipients.called(m)));
    };
  }

  @Bean
  JavaDelegate sendIntakeReminderDelegate() {
    return execution -> {
      Meeting m = meeting(execution);
      outbox.record(messages.intakeReminder(m, recipients.called(m)));
    };
  }

  @Bean
  JavaDelegate closeIntakeDelegate() {
    return execution -> meetings.moveTo(meetingId(execution), MeetingPhase.INTAKE_CLOSED);
  }

  /** Puts the item's own text into the multi-instance scope, for the forms of its tasks. */
  @Bean
  ExecutionListener loadItemVariables() {
    return execution -> {
      AgendaItem item = item(execution);
      execution.setVariableLocal(ITEM_TITLE, item.title());
      execution.setVariableLocal(ITEM_NAME, TaskNames.subject(item.title()));
      execution.setVariableLocal(ITEM_TOPIC, item.topic().name());
      execution.setVariableLocal(ITEM_DESCRIPTION, item.description());
      execution.setVariableLocal(ITEM_DISCUSSION_POINTS, item.discussionPoints());
      execution.setVariableLocal(ITEM_APPROACH, item.approach());
      execution.setVariableLocal(ITEM_JUSTIFICATION, item.justification());
      execution.setVariableLocal(ITEM_REQUESTED_KIND, item.requestedKind().name());
      execution.setVariableLocal(ITEM_EXPECTED_MINUTES, item.expectedMinutes());
      execution.setVariableLocal(ITEM_SUBMITTER, item.submittedBy());
      execution.setVariableLocal(ITEM_INFORMATION_ANSWER, item.informationAnswer());
      execution.setVariableLocal(ITEM_AGENDA_KIND, item.effectiveKind().name());
      execution.setVariableLocal(ITEM_CONFIDENTIAL, item.confidential());
    };
  }

  @Bean
  JavaDelegate recordTriageDelegate() {
    return execution -> {
      long itemId = item(execution, ItemStatus.SUBMITTED).id();
      TriageOutcome outcome = TriageOutcome.valueOf((String) execution.getVariable(TRIAGE_OUTCOME));
      String text =
          (String)
              execution.getVariable(
                  switch (outcome) {
                    case SOLVED -> TRIAGE_RESOLUTION;
                    case REFERRED -> TRIAGE_REFERRAL;
                    case REJECTED -> TRIAGE_REJECTION_REASON;
                    case NEEDS_INFORMATION -> TRIAGE_INFORMATION_REQUEST;
                    case ON_AGENDA -> TRIAGE_RESOLUTION;
                  });
      recordConfidentiality(execution, itemId, outcome);
      int round = countRound(execution);
      triage.record(itemId, outcome, text, round, execution.getProcessInstanceId());
      if (outcome == TriageOutcome.NEEDS_INFORMATION) {
        Meeting m = meeting(execution);
        LocalDate due =
            dk.klu.rules.DanishHolidays.workingDayOnOrBefore(
                meetings.now().toLocalDate().plus(rules.moreInformationPeriod()));
        ZonedDateTime dueAt = due.atTime(LocalTime.NOON).atZone(MeetingSchedule.KLU_ZONE);
        if (dueAt.toOffsetDateTime().isAfter(m.triageDue())) {
          dueAt = m.triageDue().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
        }
        execution.setVariable(INFORMATION_DUE, Iso.format(dueAt));
      }
    };
  }

  /**
   * Raised by a ticked box in any round; lowered only by the explicit choice to make the item
   * public, as it goes on the agenda. Each round's choice is its own: both are cleared afterwards.
   */
  private void recordConfidentiality(
      DelegateExecution execution, long itemId, TriageOutcome outcome) {
    boolean confidential = Boolean.TRUE.equals(execution.getVariable(TRIAGE_CONFIDENTIAL));
    boolean makePublic = Boolean.TRUE.equals(execution.getVariable(TRIAGE_MAKE_PUBLIC));
    if (confidential) {
      items.markConfidential(itemId);
    } else if (makePublic && outcome == TriageOutcome.ON_AGENDA) {
      items.makePublic(itemId);
    }
    execution.setVariable(TRIAGE_CONFIDENTIAL, null);
    execution.setVariable(TRIAGE_MAKE_PUBLIC, null);
  }

  private static int countRound(DelegateExecution execution) {
    Object round = execution.getVariableLocal("triageRound");
    int next = round == null ? 1 : ((Number) round).intValue() + 1;
    execution.setVariableLocal("triageRound", next);
    return next;
  }

  @Bean
  JavaDelegate recordInformationDelegate() {
    return execution -> {
      long itemId = item(execution, ItemStatus.NEEDS_INFORMATION).id();
      AgendaItem item =
          items.addInformation(itemId, (String) execution.getVariable(INFORMATION_ANSWER));
      execution.setVariableLocal(ITEM_INFORMATION_ANSWER, item.informationAnswer());
      execution.setVariable(TRIAGE_OUTCOME, null);
    };
  }

  /**
   * The submitter did not answer in time: the item goes back to triage as it is, the earlier
   * outcome is cleared so the secretariat chooses anew, and the submitter is told.
   */
  @Bean
  JavaDelegate recordInformationOverdueDelegate() {
    return execution -> {
      long itemId = item(execution, ItemStatus.NEEDS_INFORMATION).id();
      AgendaItem item = items.backToTriage(itemId);
      execution.setVariable(TRIAGE_OUTCOME, null);
      if (item.submittedBy() != null) {
        outbox.record(
            new dk.klu.notification.Message(
                "information-overdue:" + itemId + ":" + countRound(execution),
                "INFORMATION_OVERDUE",
                List.of(item.submittedBy()),
                "Svarfristen for dit punkt \"" + item.title() + "\" er overskredet",
                "Sekretariatet visiterer nu punktet med de oplysninger, der foreligger.",
                item.meetingId(),
                itemId));
      }
    };
  }

  @Bean
  JavaDelegate draftAgendaDelegate() {
    return execution -> {
      Meeting m = meeting(execution);
      for (FollowUpAction open : followUps.openBefore(m.id())) {
        items.carryOver(
            m.id(),
            open.id(),
            "Opfølgning: " + shorten(open.description()),
            open.description()
                + "\nAnsvarlig: "
                + open.owner()
                + ", frist "
                + Meeting.danishDate(open.dueDate()));
      }
      items.draftAgenda(m.id());
      meetings.moveTo(m.id(), MeetingPhase.AGENDA_DRAFTED);
      execution.setVariable(
          AGENDA_AVAILABLE_MINUTES,
          m.minutesForItems(committee.fixedPointsMinutes(), committee.breakMinutes()));
    };
  }

  private static String shorten(String text) {
    return text.length() <= 150 ? text : text.substring(0, 147) + "...";
  }

  @Bean
  JavaDelegate approveAgendaDelegate() {
    return execution -> {
      Meeting m = meeting(execution);
      for (AgendaItem moved : items.applyAgenda(m.id())) {
        if (moved.submittedBy() != null) {
          outbox.record(messages.movedToNextMeeting(moved, m));
        }
      }
      meetings.moveTo(m.id(), MeetingPhase.AGENDA_APPROVED);
    };
  }

  @Bean
  JavaDelegate saveCasePresentationDelegate() {
    return execution ->
        items.saveCasePresentation(
            item(execution, ItemStatus.ON_AGENDA).id(),
            (String) execution.getVariable(CASE_PRESENTATION),
            Boolean.TRUE.equals(execution.getVariable(CASE_PRESENTATION_PUBLIC)));
  }

  @Bean
  JavaDelegate notifyAgendaLateDelegate() {
    return execution ->
        outbox.record(
            messages.agendaLate(
                meeting(execution),
                (String) execution.getVariable(CHAIR_USER),
                (String) execution.getVariable(GP_CHAIR_USER)));
  }

  @Bean
  JavaDelegate sendAgendaDelegate() {
    return execution -> {
      Meeting m = meeting(execution);
      List<AgendaItem> agenda = items.onAgenda(m.id());
      meetings.moveTo(m.id(), MeetingPhase.AGENDA_SENT);
      ReleasedDocument released =
          documents.release(m.id(), DocumentKind.AGENDA, RELEASED_BY_PROCESS, null);
      outbox.record(messages.agenda(m, agenda, released.id(), recipients.readers(m)));
      for (AgendaItem item : agenda) {
        if (item.submittedBy() != null) {
          outbox.record(messages.onAgenda(item, m));
        }
      }
    };
  }

  @Bean
  JavaDelegate publishMinutesDelegate(ApplicationEventPublisher events) {
    return execution -> {
      Meeting m = meeting(execution);
      meetings.moveTo(m.id(), MeetingPhase.MINUTES_PUBLISHED);
      for (AgendaItem item : items.markDiscussed(m.id())) {
        triage.conclude(item);
      }
      documents.release(m.id(), DocumentKind.MINUTES, RELEASED_BY_PROCESS, null);
      outbox.record(messages.minutesPublished(m, recipients.readers(m)));
      events.publishEvent(new MinutesPublished(m.id()));
    };
  }

  /** The action of this follow-up, which must be one of this instance's meeting, still open. */
  private FollowUpAction action(DelegateExecution execution) {
    FollowUpAction action = followUps.get(Ids.of(execution, ACTION_ID));
    if (action.meetingId() != meeting(execution).id()
        || action.status() != FollowUpAction.Status.OPEN) {
      throw new IllegalStateException(
          "Handlingen " + action.id() + " er ikke en åben handling fra dette møde.");
    }
    return action;
  }

  /** Puts the action's text and dates into the multi-instance scope of its follow-up. */
  @Bean
  ExecutionListener loadActionVariables() {
    return execution -> {
      FollowUpAction action = action(execution);
      LocalDate reminder =
          dk.klu.rules.DanishHolidays.workingDayOnOrBefore(
              action.dueDate().minus(rules.followUpReminderBefore()));
      execution.setVariableLocal(ACTION_DESCRIPTION, action.description());
      execution.setVariableLocal(ACTION_NAME, TaskNames.subject(action.description()));
      execution.setVariableLocal(ACTION_OWNER, action.owner());
      execution.setVariableLocal(ACTION_ITEM_TITLE, items.get(action.itemId()).title());
      execution.setVariableLocal(
          ACTION_DUE,
          Iso.format(
              action.dueDate().atTime(MeetingSchedule.DUE_TIME).atZone(MeetingSchedule.KLU_ZONE)));
      execution.setVariableLocal(
          ACTION_REMINDER_DATE,
          Iso.format(reminder.atTime(MeetingSchedule.SEND_TIME).atZone(MeetingSchedule.KLU_ZONE)));
    };
  }

  @Bean
  JavaDelegate remindActionOwnerDelegate() {
    return execution ->
        outbox.record(
            messages.actionReminder(
                Ids.of(execution, ACTION_ID),
                (String) execution.getVariable(ACTION_OWNER),
                (String) execution.getVariable(ACTION_DESCRIPTION),
                (String) execution.getVariable(ACTION_DUE)));
  }

  @Bean
  JavaDelegate escalateActionDelegate() {
    return execution ->
        outbox.record(
            messages.actionOverdue(
                Ids.of(execution, ACTION_ID),
                (String) execution.getVariable(ACTION_OWNER),
                (String) execution.getVariable(ACTION_DESCRIPTION),
                (String) execution.getVariable(ACTION_DUE)));
  }

  @Bean
  JavaDelegate closeActionDelegate() {
    return execution -> {
      long actionId = action(execution).id();
      if (followUps.complete(actionId, (String) execution.getVariable(FOLLOW_UP_NOTE))) {
        items.markFollowUpDone(followUps.get(actionId).itemId());
      }
    };
  }

  @Bean
  JavaDelegate closeMeetingDelegate() {
    return execution -> meetings.moveTo(meetingId(execution), MeetingPhase.CLOSED);
  }

  /** Fills the agenda list of the review forms from the stored draft. */
  @Bean
  TaskListener agendaFormData(AgendaForm form) {
    return task -> {
      long meetingId = meetingId(task.getExecution());
      task.getExecution().setVariable(AGENDA_ITEMS, RowSlots.slots(form.rows(meetingId)));
      task.setVariableLocal(AGENDA_RECEIVED_TEXT, items.receivedText(meetingId));
      task.setVariableLocal(AGENDA_OFF_AGENDA, RowSlots.slots(form.offAgendaRows(meetingId)));
    };
  }

  /**
   * The items a chair ticked go back on the agenda, each submitter told. Either chair can put an
   * item back (the application's own rule): the chair's review comes first, so the GP chair sees
   * the items the chair put back on the agenda and may put back others.
   */
  @Bean
  TaskListener agendaPutBack(AgendaForm form) {
    return task -> {
      Meeting m = meeting(task.getExecution());
      boolean gpChair = task.getTaskDefinitionKey().equals("UserTask_ReviewAgendaGpChair");
      String by = gpChair ? "PLO-formanden" : "Formanden";
      for (long itemId : form.putBack(m.id(), task.getVariable(AGENDA_OFF_AGENDA))) {
        AgendaItem before = items.get(itemId);
        AgendaItem item =
            items.putBack(
                m.id(),
                itemId,
                by
                    + " har sat punktet på dagsordenen (var: "
                    + items.offAgendaOutcome(before, m.id())
                    + ").");
        if (item.submittedBy() != null) {
          outbox.record(messages.putBack(item, m, by));
        }
      }
    };
  }

  /** Stores the edits of the agenda list when the task is completed. */
  @Bean
  TaskListener agendaFormStore(AgendaForm form) {
    return task ->
        form.store(meetingId(task.getExecution()), task.getExecution().getVariable(AGENDA_ITEMS));
  }
}
