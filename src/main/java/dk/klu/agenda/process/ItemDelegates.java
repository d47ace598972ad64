package dk.klu.agenda.process;

import static dk.klu.agenda.process.AgendaItemProcess.*;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.NewItem;
import dk.klu.agenda.Placement;
import dk.klu.agenda.TriageOutcome;
import dk.klu.notification.Outbox;
import dk.klu.process.EngineAccess;
import dk.klu.process.FormValues;
import dk.klu.process.Iso;
import dk.klu.process.contract.Actors;
import dk.klu.process.contract.Variable;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import dk.klu.tasklist.TaskNames;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of {@code klu-agenda-item}. */
@Configuration(proxyBeanMethods = false)
public record ItemDelegates(
    AgendaItemService items,
    Outbox outbox,
    ItemMessages messages,
    AuthorizationService authorizationService,
    ItemTriage triage,
    RulesOfProcedure rules,
    KluClock clock,
    EngineAccess engineAccess) {

  /**
   * Registers the item. Its submitter is the person the engine authenticated for the start, never a
   * variable: a value a caller sends as {@code itemSubmitter} with the start form is removed, and
   * klu_agenda_item and the instance's history (its start user) say who it was. Registration runs
   * in the start's own transaction (no asynchronous continuation before it), where that
   * authentication is current. Null when the application itself starts the item (a rejected
   * agreement reported from a job).
   *
   * <p>The submission moves into klu_agenda_item. An item in an open intake keeps nothing of it on
   * its instance: it waits for its meeting, whose triage names it. A late or waiting item keeps its
   * title and gets the title's short form: the secretariat's task about it at once shows them.
   */
  @Bean
  JavaDelegate registerItemDelegate() {
    return execution -> {
      String submitter = Actors.current(execution);
      SUBMITTER.remove(execution);
      NewItem item =
          new NewItem(
              TITLE.from(execution).get().strip(),
              TOPIC.from(execution).get(),
              DESCRIPTION.from(execution).getOrNull(),
              DISCUSSION_POINTS.from(execution).getOrNull(),
              APPROACH.from(execution).getOrNull(),
              JUSTIFICATION.from(execution).getOrNull(),
              REQUESTED_KIND.from(execution).get(),
              EXPECTED_MINUTES.from(execution).get());
      Placement placement = items.submit(item, submitter, execution.getProcessInstanceId());
      SUBMISSION.forEach(value -> value.remove(execution));
      ITEM_ID.set(execution, placement.itemId());
      if (placement.kind() == Placement.Kind.OPEN) {
        TITLE.remove(execution);
      } else {
        ITEM_NAME.set(execution, TaskNames.subject(item.title()));
      }
      PLACEMENT.set(execution, placement.kind());
      execution.setProcessBusinessKey("item-" + placement.itemId());
      placement
          .meeting()
          .ifPresent(
              m -> {
                MEETING_ID.set(execution, m.id());
                if (placement.kind() == Placement.Kind.LATE) {
                  // what the late item's task and its answer to the submitter name
                  MEETING_LABEL.set(execution, m.label());
                  LATE_DECISION_DUE.set(execution, Iso.format(m.chairReviewDue()));
                }
              });
      if (placement.kind() == Placement.Kind.QUEUED) {
        // between intakes the secretariat assesses the item at once, in its triage's working days
        QUEUED_DECISION_DUE.set(
            execution,
            Iso.format(
                MeetingSchedule.dueAfterWorkingDays(
                    clock.now().toZonedDateTime(), rules.triagePeriod().getDays())));
      }
      grantSubmitterRead(execution, submitter);
      outbox.record(messages.received(item.title(), submitter, placement));
    };
  }

  /**
   * What the task about a late or waiting item shows of the GP's submission beyond its title, read
   * from klu_agenda_item when its form is opened (registration took it off the instance).
   */
  @Bean
  FormValues submissionFormValues() {
    return task -> {
      AgendaItem item = items.get(ITEM_ID.from(task).get());
      return Variable.values(
          SUBMITTER.entry(item.submittedBy()),
          TOPIC.entry(item.topic()),
          DESCRIPTION.entry(item.description()),
          DISCUSSION_POINTS.entry(item.discussionPoints()),
          APPROACH.entry(item.approach()),
          JUSTIFICATION.entry(item.justification()),
          REQUESTED_KIND.entry(item.requestedKind()),
          EXPECTED_MINUTES.entry(item.expectedMinutes()));
    };
  }

  /** Members see only their own items: the submitter may read this one instance. */
  private void grantSubmitterRead(DelegateExecution execution, String submitter) {
    if (submitter == null) {
      return;
    }
    engineAccess.asApplication(
        () -> {
          Authorization grant =
              authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          grant.setUserId(submitter);
          grant.setResource(Resources.PROCESS_INSTANCE);
          grant.setResourceId(execution.getProcessInstanceId());
          grant.addPermission(Permissions.READ);
          authorizationService.saveAuthorization(grant);
        });
  }

  /** The item this instance registered, which must be in the expected status. */
  private AgendaItem itemOfThisProcess(DelegateExecution execution, ItemStatus expected) {
    return items.ofItemProcess(
        ITEM_ID.from(execution).get(), execution.getProcessInstanceId(), expected);
  }

  /**
   * The secretariat's assessment of an item submitted between intakes: solved or referred now
   * through the triage's own path (the item's process then ends by its model), or kept for the next
   * agenda, where the next call takes it into the intake like any waiting item.
   */
  @Bean
  JavaDelegate recordQueuedDecisionDelegate() {
    return execution -> {
      AgendaItem item = itemOfThisProcess(execution, ItemStatus.WAITING);
      String decision = TRIAGE_OUTCOME.from(execution).get();
      if (NEXT_AGENDA.equals(decision)) {
        return;
      }
      TriageOutcome outcome = TriageOutcome.valueOf(decision);
      if (outcome != TriageOutcome.SOLVED && outcome != TriageOutcome.REFERRED) {
        throw new IllegalStateException(
            "Mellem indkaldelserne kan et punkt kun løses, henvises eller gemmes til næste"
                + " dagsorden, ikke \""
                + outcome.danish()
                + "\".");
      }
      String text =
          (outcome == TriageOutcome.SOLVED ? TRIAGE_RESOLUTION : TRIAGE_REFERRAL)
              .from(execution)
              .getOrNull();
      triage.record(item, outcome, text, 0, execution.getProcessInstanceId());
    };
  }

  @Bean
  JavaDelegate recordLateDecisionDelegate() {
    return execution -> {
      long itemId = itemOfThisProcess(execution, ItemStatus.LATE).id();
      boolean admit = ADMIT.equals(LATE_DECISION.from(execution).getOrNull());
      String note = LATE_DECISION_NOTE.from(execution).getOrNull();
      AgendaItem item =
          items.decideLate(
              itemId, admit, note, LATE_CONFIDENTIAL.from(execution).getOrDefault(false));
      if (item.submittedBy() != null) {
        outbox.record(
            messages.lateDecided(item, admit, MEETING_LABEL.from(execution).getOrNull(), note));
      }
    };
  }
}
