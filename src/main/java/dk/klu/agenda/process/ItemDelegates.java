package dk.klu.agenda.process;

import static dk.klu.agenda.process.AgendaItemProcess.*;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.NewItem;
import dk.klu.agenda.Placement;
import dk.klu.agenda.TriageOutcome;
import dk.klu.notification.Message;
import dk.klu.notification.Outbox;
import dk.klu.process.Iso;
import dk.klu.process.WithoutAuthorization;
import dk.klu.process.contract.Actors;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import dk.klu.security.KluGroups;
import dk.klu.tasklist.TaskNames;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of {@code klu-agenda-item}. */
@Configuration
public class ItemDelegates {

  private final AgendaItemService items;
  private final Outbox outbox;
  private final AuthorizationService authorizationService;
  private final ItemTriage triage;
  private final RulesOfProcedure rules;
  private final KluClock clock;

  public ItemDelegates(
      AgendaItemService items,
      Outbox outbox,
      AuthorizationService authorizationService,
      ItemTriage triage,
      RulesOfProcedure rules,
      KluClock clock) {
    this.triage = triage;
    this.rules = rules;
    this.clock = clock;
    this.items = items;
    this.outbox = outbox;
    this.authorizationService = authorizationService;
  }

  /**
   * Registers the item. Its submitter is the person the engine authenticated for the start, never a
   * variable (the start form's variables are written over the {@code camunda:initiator} variable,
   * so {@code itemSubmitter} is whatever the caller sent). Registration runs in the start's own
   * transaction (no asynchronous continuation before it), where that authentication is current.
   * Null when the application itself starts the item (a rejected agreement reported from a job).
   */
  @Bean
  JavaDelegate registerItemDelegate() {
    return execution -> {
      String submitter = Actors.current(execution);
      SUBMITTER.set(execution, submitter);
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
      ITEM_ID.set(execution, placement.itemId());
      ITEM_NAME.set(execution, TaskNames.subject(item.title()));
      PLACEMENT.set(execution, placement.kind());
      execution.setProcessBusinessKey("item-" + placement.itemId());
      placement
          .meeting()
          .ifPresent(
              m -> {
                MEETING_ID.set(execution, m.id());
                MEETING_LABEL.set(execution, m.label());
                LATE_DECISION_DUE.set(execution, Iso.format(m.chairReviewDue()));
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
      outbox.record(receipt(items.get(placement.itemId()), placement));
    };
  }

  /** Members see only their own items: the submitter may read this one instance. */
  private void grantSubmitterRead(DelegateExecution execution, String submitter) {
    if (submitter == null) {
      return;
    }
    WithoutAuthorization.run(
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

  private static Message receipt(AgendaItem item, Placement placement) {
    String where =
        switch (placement.kind()) {
          case OPEN -> "Det er med i indsamlingen til " + placement.meeting().get().label() + ".";
          case LATE ->
              "Fristen for "
                  + placement.meeting().get().label()
                  + " er overskredet; sekretariatet vurderer, om punktet kan komme med, eller om"
                  + " det flyttes til næste møde.";
          case QUEUED ->
              "Sekretariatet ser på det med det samme: det løses eller henvises, hvis det kan,"
                  + " ellers kommer det med, når der indkaldes punkter til næste møde.";
        };
    return new Message(
        "receipt:" + item.id(),
        "ITEM_RECEIVED",
        item.submittedBy() == null
            ? List.of(Message.group(KluGroups.SECRETARIAT))
            : List.of(item.submittedBy(), Message.group(KluGroups.SECRETARIAT)),
        "Punkt modtaget: " + item.title(),
        "Punktet \"" + item.title() + "\" er modtaget. " + where,
        item.meetingId(),
        item.id());
  }

  /** The item this instance registered, which must be in the expected status. */
  private long itemOfThisProcess(DelegateExecution execution, ItemStatus expected) {
    return items
        .ofItemProcess(ITEM_ID.from(execution).get(), execution.getProcessInstanceId(), expected)
        .id();
  }

  /**
   * The secretariat's assessment of an item submitted between intakes: solved or referred now
   * through the triage's own path (the item's process then ends by its model), or kept for the next
   * agenda, where the next call takes it into the intake like any waiting item.
   */
  @Bean
  JavaDelegate recordQueuedDecisionDelegate() {
    return execution -> {
      long itemId = itemOfThisProcess(execution, ItemStatus.WAITING);
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
      triage.record(itemId, outcome, text, 0, execution.getProcessInstanceId());
    };
  }

  @Bean
  JavaDelegate recordLateDecisionDelegate() {
    return execution -> {
      long itemId = itemOfThisProcess(execution, ItemStatus.LATE);
      boolean admit = ADMIT.equals(LATE_DECISION.from(execution).getOrNull());
      String note = LATE_DECISION_NOTE.from(execution).getOrNull();
      AgendaItem item =
          items.decideLate(
              itemId, admit, note, LATE_CONFIDENTIAL.from(execution).getOrDefault(false));
      if (item.submittedBy() != null) {
        outbox.record(
            new Message(
                "late-decision:" + itemId,
                "LATE_ITEM_DECIDED",
                List.of(item.submittedBy()),
                "Dit punkt \"" + item.title() + "\"",
                (admit
                        ? "Sekretariatet har optaget dit punkt på dagsordensforslaget til "
                            + MEETING_LABEL.from(execution).getOrNull()
                            + "."
                        : "Dit punkt er flyttet til næste møde.")
                    + (note == null || note.isBlank() ? "" : "\n\n" + note),
                item.meetingId(),
                itemId));
      }
    };
  }
}
