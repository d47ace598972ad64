package dk.klu.agreement.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemSettled;
import dk.klu.agreement.AgreementService;
import dk.klu.meeting.MinutesPublished;
import dk.klu.process.EngineAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the minutes are published, every item on which the committee agreed a draft agreement (the
 * minutes' "udkast til aftale") starts its own {@code klu-agreement}, with the business key {@code
 * agreement-item-<itemId>}. Runs in the publishing step's transaction, so a failed step starts
 * nothing; and an item that already has an agreement starts none, so a retried or repeated step
 * starts no second one. The agreement registers itself after the start in its own job (the message
 * start event is asynchronous after), so its failures never hold up the minutes. The same
 * publication hands the committee's decision on a revised draft to the agreement waiting for it.
 */
@Component
public record AgreementsFromMinutes(
    AgendaItemService items,
    AgreementService agreements,
    RuntimeService runtimeService,
    HistoryService historyService,
    EngineAccess engineAccess) {

  public static String businessKey(long itemId) {
    return "agreement-item-" + itemId;
  }

  @EventListener
  public void minutesPublished(MinutesPublished event) {
    startFor(event.meetingId());
  }

  /**
   * Starts the agreements of a meeting's published minutes; returns the items that got one. An item
   * that put an agreement's revised draft before the committee starts none: the committee's
   * decision on it goes to that agreement, which waits for it.
   */
  public List<Long> startFor(long meetingId) {
    List<Long> started = new ArrayList<>();
    List<AgendaItem> onAgenda = items.onAgenda(meetingId);
    Set<Long> revisions =
        agreements.revisionItemsAmong(onAgenda.stream().map(AgendaItem::id).toList());
    for (AgendaItem item : onAgenda) {
      if (revisions.contains(item.id())) {
        revisionDecided(item);
      } else if (item.draftAgreement() && start(item.id())) {
        started.add(item.id());
      }
    }
    return started;
  }

  /**
   * Hands the committee's decision on a revised draft to the agreement waiting for it ({@code
   * Message_RevisedDraftDecided}): agreed when the minutes mark the item as a draft agreement the
   * committee agrees on. Only while the agreement waits, so a repeated publication does nothing.
   */
  private void revisionDecided(AgendaItem item) {
    if (item.minutesDecision() != null && !item.minutesDecision().isBlank()) {
      handRevision(item.id(), item.draftAgreement(), false, item.minutesDecision());
    }
  }

  /**
   * The secretariat settled a revised draft's item without the committee (solved, referred,
   * rejected): the agreement waiting for the committee's word is told, and its draft goes back to
   * its drafters with the secretariat's note, instead of waiting for minutes that will not come.
   */
  @EventListener
  public void itemSettled(ItemSettled settled) {
    if (!agreements.isRevisionItem(settled.itemId())) {
      return;
    }
    String note =
        "sekretariatet har visiteret punktet som \""
            + settled.outcome()
            + "\""
            + (settled.note() == null || settled.note().isBlank() ? "." : ": " + settled.note());
    handRevision(settled.itemId(), false, true, note);
  }

  /** Correlates the word on a revision's item to the agreement waiting for it, if one waits. */
  private void handRevision(long itemId, boolean agreed, boolean settled, String decision) {
    agreements
        .awaitingCommittee(itemId)
        .ifPresent(
            agreement ->
                engineAccess.asApplication(
                    () ->
                        runtimeService
                            .createMessageCorrelation(AgreementProcess.MESSAGE_REVISION_DECIDED)
                            .processInstanceId(agreement.processInstanceId())
                            .setVariable(AgreementProcess.REVISION_AGREED.name(), agreed)
                            .setVariable(AgreementProcess.REVISION_SETTLED.name(), settled)
                            .setVariable(AgreementProcess.REVISION_DECISION.name(), decision)
                            .correlate()));
  }

  /** Starts {@code klu-agreement} for the item unless it has one; returns whether it started. */
  public boolean start(long itemId) {
    String key = businessKey(itemId);
    return engineAccess.asApplication(
        () -> {
          boolean exists =
              agreements.fromItem(itemId).isPresent()
                  || historyService
                          .createHistoricProcessInstanceQuery()
                          .processDefinitionKey(AgreementProcess.KEY)
                          .processInstanceBusinessKey(key)
                          .count()
                      > 0;
          if (exists) {
            return false;
          }
          runtimeService
              .createMessageCorrelation(AgreementProcess.MESSAGE_DRAFT_AGREED)
              .processInstanceBusinessKey(key)
              .setVariable(AgreementProcess.ITEM_ID.name(), itemId)
              .correlateStartMessage();
          return true;
        });
  }
}
