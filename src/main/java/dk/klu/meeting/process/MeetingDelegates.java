package dk.klu.meeting.process;

import static dk.klu.meeting.process.MeetingProcess.*;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
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
import dk.klu.persistence.ColumnValue;
import dk.klu.process.Ids;
import dk.klu.process.RowSlots;
import dk.klu.rules.RulesOfProcedure;
import dk.klu.tasklist.TaskNames;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-meeting}: each maps variables, calls a domain service, records the
 * messages it causes in the outbox (same transaction) and maps results back.
 */
@Configuration(proxyBeanMethods = false)
public record MeetingDelegates(
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

  /** Who released a document the process released on its date. */
  static final String RELEASED_BY_PROCESS = "klu-meeting";

  static long meetingId(DelegateExecution execution) {
    return MEETING_ID.from(execution).get();
  }

  /**
   * The meeting this instance runs: the id in its variables must be the meeting registered with
   * this process instance, or with the meeting instance that called it.
   */
  private Meeting meeting(DelegateExecution execution) {
    return meetings.ofProcess(meetingId(execution), Ids.rootInstanceId(execution));
  }

  /** The item of this multi-instance, which must be on this instance's meeting, in a status. */
  private AgendaItem item(DelegateExecution execution, ItemStatus... expected) {
    return items.ofMeeting(
        ITEM_ID.from(execution).get(),
        meetingId(execution),
        Ids.rootInstanceId(execution),
        expected);
  }

  @Bean
  JavaDelegate planMeetingDelegate() {
    return execution -> {
      String title = MEETING_TITLE.from(execution).getOrNull();
      Meeting m =
          meetings.plan(
              MEETING_START.from(execution).getOrNull(),
              MEETING_PLANNED_END.from(execution).getOrNull(),
              MEETING_LOCATION.from(execution).getOrNull(),
              title == null || title.isBlank() ? committee.name() + "-møde" : title,
              (String) execution.getVariable("meetingInitiator"),
              execution.getProcessInstanceId());
      items.addStandingTopics(m.id());
      MEETING_ID.set(execution, m.id());
      MEETING_LABEL.set(execution, m.label());
      String name = TaskNames.meeting(committee.name(), m.startsAt());
      MEETING_NAME.set(execution, name);
      CHAIR_USER.set(execution, committee.chairUser());
      GP_CHAIR_USER.set(execution, committee.gpChairUser());
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

  @Bean
  JavaDelegate draftAgendaDelegate() {
    return execution -> {
      Meeting m = meeting(execution);
      for (FollowUpAction open : followUps.openBefore(m.id())) {
        items.carryOver(
            m.id(),
            open.id(),
            "Opfølgning: " + ColumnValue.fit(open.description(), 150),
            open.description()
                + "\nAnsvarlig: "
                + open.owner()
                + ", frist "
                + Meeting.danishDate(open.dueDate()));
      }
      items.draftAgenda(m.id());
      meetings.moveTo(m.id(), MeetingPhase.AGENDA_DRAFTED);
      AGENDA_AVAILABLE_MINUTES.set(
          execution, m.minutesForItems(committee.fixedPointsMinutes(), committee.breakMinutes()));
    };
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
            AgendaPreparationProcess.CASE_PRESENTATION.from(execution).getOrNull(),
            AgendaPreparationProcess.CASE_PRESENTATION_PUBLIC.from(execution).getOrDefault(false));
  }

  @Bean
  JavaDelegate notifyAgendaLateDelegate() {
    return execution ->
        outbox.record(
            messages.agendaLate(
                meeting(execution),
                CHAIR_USER.from(execution).getOrNull(),
                GP_CHAIR_USER.from(execution).getOrNull()));
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

  @Bean
  JavaDelegate closeMeetingDelegate() {
    return execution -> meetings.moveTo(meetingId(execution), MeetingPhase.CLOSED);
  }

  /** Fills the agenda list of the review forms from the stored draft. */
  @Bean
  TaskListener agendaFormData(AgendaForm form) {
    return task -> {
      long meetingId = meetingId(task.getExecution());
      AgendaPreparationProcess.AGENDA_ITEMS.set(
          task.getExecution(), RowSlots.slots(form.rows(meetingId)));
      AgendaPreparationProcess.AGENDA_RECEIVED_TEXT.setLocal(task, items.receivedText(meetingId));
      AgendaPreparationProcess.AGENDA_OFF_AGENDA.setLocal(
          task, RowSlots.slots(form.offAgendaRows(meetingId)));
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
      boolean gpChair =
          task.getTaskDefinitionKey()
              .equals(AgendaPreparationProcess.Element.UserTask_ReviewAgendaGpChair.id());
      String by = gpChair ? "PLO-formanden" : "Formanden";
      for (long itemId :
          form.putBack(m.id(), AgendaPreparationProcess.AGENDA_OFF_AGENDA.from(task).getOrNull())) {
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
        form.store(
            meetingId(task.getExecution()),
            AgendaPreparationProcess.AGENDA_ITEMS.from(task.getExecution()).getOrNull());
  }
}
