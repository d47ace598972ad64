package dk.klu.followup.process;

import static dk.klu.followup.process.FollowUpProcess.*;

import dk.klu.agenda.AgendaItemService;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.Outbox;
import dk.klu.process.Ids;
import dk.klu.process.Iso;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import dk.klu.tasklist.TaskNames;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code klu-follow-up}: one action the minutes agreed, followed up to its end. */
@Configuration(proxyBeanMethods = false)
public record FollowUpDelegates(
    FollowUpService followUps,
    AgendaItemService items,
    MeetingService meetings,
    RulesOfProcedure rules,
    Outbox outbox,
    FollowUpMessages messages) {

  /** The action of this follow-up: one of the calling meeting's actions, still open. */
  private FollowUpAction action(DelegateExecution execution) {
    long meetingId =
        meetings.ofProcess(MEETING_ID.from(execution).get(), Ids.rootInstanceId(execution)).id();
    FollowUpAction action = followUps.get(ACTION_ID.from(execution).get());
    if (action.meetingId() != meetingId || action.status() != FollowUpAction.Status.OPEN) {
      throw new IllegalStateException(
          "Handlingen " + action.id() + " er ikke en åben handling fra dette møde.");
    }
    return action;
  }

  /** Puts the action's text and dates into the follow-up, for its task and its timers. */
  @Bean
  ExecutionListener loadActionVariables() {
    return execution -> {
      FollowUpAction action = action(execution);
      LocalDate reminder =
          DanishHolidays.workingDayOnOrBefore(
              action.dueDate().minus(rules.followUpReminderBefore()));
      ACTION_DESCRIPTION.set(execution, action.description());
      ACTION_NAME.set(execution, TaskNames.subject(action.description()));
      ACTION_OWNER.set(execution, action.owner());
      ACTION_ITEM_TITLE.set(execution, items.get(action.itemId()).title());
      ACTION_DUE.set(
          execution,
          Iso.format(
              action.dueDate().atTime(MeetingSchedule.DUE_TIME).atZone(MeetingSchedule.KLU_ZONE)));
      ACTION_REMINDER_DATE.set(
          execution,
          Iso.format(reminder.atTime(MeetingSchedule.SEND_TIME).atZone(MeetingSchedule.KLU_ZONE)));
    };
  }

  @Bean
  JavaDelegate remindActionOwnerDelegate() {
    return execution ->
        outbox.record(
            messages.actionReminder(
                ACTION_ID.from(execution).get(),
                ACTION_OWNER.from(execution).get(),
                ACTION_DESCRIPTION.from(execution).get(),
                ACTION_DUE.from(execution).get()));
  }

  @Bean
  JavaDelegate escalateActionDelegate() {
    return execution ->
        outbox.record(
            messages.actionOverdue(
                ACTION_ID.from(execution).get(),
                ACTION_OWNER.from(execution).get(),
                ACTION_DESCRIPTION.from(execution).get(),
                ACTION_DUE.from(execution).get()));
  }

  @Bean
  JavaDelegate closeActionDelegate() {
    return execution -> {
      long actionId = action(execution).id();
      if (followUps.complete(actionId, FOLLOW_UP_NOTE.from(execution).getOrNull())) {
        items.markFollowUpDone(followUps.get(actionId).itemId());
      }
    };
  }
}
