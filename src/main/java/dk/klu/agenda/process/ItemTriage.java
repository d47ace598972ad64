package dk.klu.agenda.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemSettled;
import dk.klu.agenda.TriageOutcome;
import dk.klu.notification.Outbox;
import dk.klu.process.EngineAccess;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The secretariat's assessment of an item, wherever it is made: in the meeting's triage after the
 * intake, or at once for an item submitted between intakes (Aalborg: concrete problems are solved
 * "i videst muligt omfang … på sekretariatsniveau"). One code path records the outcome, tells the
 * submitter and concludes the item's own process; an item settled without the committee is
 * announced ({@link ItemSettled}).
 */
@Component
public record ItemTriage(
    AgendaItemService items,
    Outbox outbox,
    ItemMessages messages,
    RuntimeService runtimeService,
    ApplicationEventPublisher events,
    EngineAccess engineAccess) {

  /**
   * Records the outcome with its text (the resolution, the referral, the reason, the question),
   * tells the submitter and, for an outcome that settles the item (solved, referred, rejected),
   * concludes the item's process, unless that process is the one recording it ({@code
   * processInstanceId}), which then ends by its own model. {@code item} is the item as the caller
   * read it before: what the messages and the item's process need of it (title, submitter, its
   * process) the triage does not change.
   */
  public void record(
      AgendaItem item, TriageOutcome outcome, String text, int round, String processInstanceId) {
    items.triage(item.id(), outcome, text);
    if (item.submittedBy() != null) {
      outbox.record(messages.triaged(item, outcome.danish(), text, round));
    }
    if (settles(outcome) && !processInstanceId.equals(item.processInstanceId())) {
      conclude(item);
    }
    if (settles(outcome)) {
      events.publishEvent(new ItemSettled(item.id(), outcome.danish(), text));
    }
  }

  /** Whether the outcome settles the item without the committee. */
  public static boolean settles(TriageOutcome outcome) {
    return outcome == TriageOutcome.SOLVED
        || outcome == TriageOutcome.REFERRED
        || outcome == TriageOutcome.REJECTED;
  }

  /** Tells the item's own process (if it has one) that the item is concluded. */
  public void conclude(AgendaItem item) {
    correlate(item, AgendaItemProcess.MESSAGE_ITEM_CONCLUDED);
  }

  /**
   * The call took these items into its meeting's intake: an assessment between intakes still open
   * for any of them is withdrawn (the triage after the intake takes it).
   */
  public void called(List<Long> itemIds) {
    for (long id : itemIds) {
      correlate(items.get(id), AgendaItemProcess.MESSAGE_ITEM_CALLED);
    }
  }

  private void correlate(AgendaItem item, String message) {
    if (item.processInstanceId() == null) {
      return;
    }
    engineAccess.asApplication(
        () ->
            runtimeService
                .createMessageCorrelation(message)
                .processInstanceId(item.processInstanceId())
                .correlateAllWithResult());
  }
}
