package dk.klu.agenda.process;

import static dk.klu.agenda.process.TriageProcess.*;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.TriageOutcome;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.Outbox;
import dk.klu.process.FormValues;
import dk.klu.process.Ids;
import dk.klu.process.Iso;
import dk.klu.process.contract.Variable;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import dk.klu.tasklist.TaskNames;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code klu-item-triage} (one item of a meeting's intake), and the item's text for
 * the forms of the tasks about it (the triage here, the case presentation in {@code
 * klu-agenda-preparation}).
 */
@Configuration(proxyBeanMethods = false)
public record TriageDelegates(
    AgendaItemService items,
    MeetingService meetings,
    RulesOfProcedure rules,
    ItemTriage triage,
    Outbox outbox,
    ItemMessages messages) {

  /** The meeting the calling meeting process runs. */
  private Meeting meeting(DelegateExecution execution) {
    return meetings.ofProcess(MEETING_ID.from(execution).get(), Ids.rootInstanceId(execution));
  }

  /** The item of this triage or case presentation, on the meeting, in one of the statuses. */
  private AgendaItem item(DelegateExecution execution, ItemStatus... expected) {
    return items.ofMeeting(
        ITEM_ID.from(execution).get(),
        MEETING_ID.from(execution).get(),
        Ids.rootInstanceId(execution),
        expected);
  }

  /**
   * Puts what the case presentation's task name and the task list show of the item into the scope
   * of its case presentation: its title.
   */
  @Bean
  ExecutionListener loadItemVariables() {
    return execution -> name(execution, item(execution));
  }

  /**
   * What the case presentation's form shows beyond the title, read from klu_agenda_item when it is
   * opened: topic, agenda kind, description and what is to be discussed.
   */
  @Bean
  FormValues casePresentationFormValues() {
    return task -> {
      AgendaItem item = item(task.getExecution());
      return shown(item, ITEM_AGENDA_KIND.entry(item.effectiveKind().name()));
    };
  }

  /**
   * Puts what the triage's task names and the task list need of the item into the triage's scope:
   * its title. Who sent it in becomes a variable only when the secretariat asks them for more
   * information ({@link #recordTriageDelegate}): the assignee of their task.
   */
  @Bean
  ExecutionListener loadTriageItemVariables() {
    return execution -> name(execution, item(execution));
  }

  /**
   * What the triage's form shows beyond the title, read from klu_agenda_item when it is opened: all
   * the GP sent in, who sent it, the answer to a request for information and whether it is closed.
   */
  @Bean
  FormValues triageFormValues() {
    return task -> {
      AgendaItem item = item(task.getExecution());
      return shown(
          item,
          ITEM_SUBMITTER.entry(item.submittedBy()),
          ITEM_APPROACH.entry(item.approach()),
          ITEM_JUSTIFICATION.entry(item.justification()),
          ITEM_REQUESTED_KIND.entry(item.requestedKind().name()),
          ITEM_EXPECTED_MINUTES.entry(item.expectedMinutes()),
          ITEM_INFORMATION_ANSWER.entry(item.informationAnswer()),
          ITEM_CONFIDENTIAL.entry(item.confidential()));
    };
  }

  /** What every form about the item shows of it besides the title, and {@code more}. */
  @SafeVarargs
  private static Map<String, Object> shown(AgendaItem item, Map.Entry<String, Object>... more) {
    Map<String, Object> values =
        Variable.values(
            ITEM_TOPIC.entry(item.topic().name()),
            ITEM_DESCRIPTION.entry(item.description()),
            ITEM_DISCUSSION_POINTS.entry(item.discussionPoints()));
    values.putAll(Variable.values(more));
    return values;
  }

  /** The item's title and its short form for task names, variables of the step's scope. */
  private static void name(DelegateExecution execution, AgendaItem item) {
    ITEM_TITLE.setLocal(execution, item.title());
    ITEM_NAME.setLocal(execution, TaskNames.subject(item.title()));
  }

  @Bean
  JavaDelegate recordTriageDelegate() {
    return execution -> {
      AgendaItem item = item(execution, ItemStatus.SUBMITTED);
      long itemId = item.id();
      TriageOutcome outcome = TRIAGE_OUTCOME.from(execution).get();
      String text =
          switch (outcome) {
            case SOLVED, ON_AGENDA -> TRIAGE_RESOLUTION.from(execution).getOrNull();
            case REFERRED -> TRIAGE_REFERRAL.from(execution).getOrNull();
            case REJECTED -> TRIAGE_REJECTION_REASON.from(execution).getOrNull();
            case NEEDS_INFORMATION -> TRIAGE_INFORMATION_REQUEST.from(execution).getOrNull();
          };
      recordConfidentiality(execution, itemId, outcome);
      triage.record(item, outcome, text, nextRound(execution), execution.getProcessInstanceId());
      if (outcome == TriageOutcome.NEEDS_INFORMATION) {
        Meeting m = meeting(execution);
        LocalDate due =
            DanishHolidays.workingDayOnOrBefore(
                meetings.now().toLocalDate().plus(rules.moreInformationPeriod()));
        ZonedDateTime dueAt = due.atTime(LocalTime.NOON).atZone(MeetingSchedule.KLU_ZONE);
        if (dueAt.toOffsetDateTime().isAfter(m.triageDue())) {
          dueAt = m.triageDue().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
        }
        INFORMATION_DUE.set(execution, Iso.format(dueAt));
        ITEM_SUBMITTER.set(execution, item.submittedBy());
      }
    };
  }

  /**
   * Raised by a ticked box in any round; lowered only by the explicit choice to make the item
   * public, as it goes on the agenda. Each round's choice is its own: both are removed afterwards,
   * in the transaction of the triage's submission that set them (so the engine stores no runtime
   * row for them; their history keeps what was chosen).
   */
  private void recordConfidentiality(
      DelegateExecution execution, long itemId, TriageOutcome outcome) {
    boolean confidential = TRIAGE_CONFIDENTIAL.from(execution).getOrDefault(false);
    boolean makePublic = TRIAGE_MAKE_PUBLIC.from(execution).getOrDefault(false);
    if (confidential) {
      items.markConfidential(itemId);
    } else if (makePublic && outcome == TriageOutcome.ON_AGENDA) {
      items.makePublic(itemId);
    }
    TRIAGE_CONFIDENTIAL.remove(execution);
    TRIAGE_MAKE_PUBLIC.remove(execution);
  }

  /** Counts the round: each message about the item's triage is keyed by its round. */
  private static int nextRound(DelegateExecution execution) {
    int next = TRIAGE_ROUND.from(execution).getOrDefault(0) + 1;
    TRIAGE_ROUND.set(execution, next);
    return next;
  }

  @Bean
  JavaDelegate recordInformationDelegate() {
    return execution -> {
      long itemId = item(execution, ItemStatus.NEEDS_INFORMATION).id();
      items.addInformation(itemId, INFORMATION_ANSWER.from(execution).getOrNull());
      TRIAGE_OUTCOME.clear(execution);
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
      TRIAGE_OUTCOME.clear(execution);
      if (item.submittedBy() != null) {
        outbox.record(messages.informationOverdue(item, nextRound(execution)));
      }
    };
  }
}
