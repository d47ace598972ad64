package dk.klu.agenda.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.Placement;
import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of {@code klu-agenda-item} to the member who submitted it; their Danish text is in
 * {@code templates/mail/kinds/item-*.txt} and {@code late-item-decided.txt}. Keys name the cause,
 * so each is recorded once.
 */
@Component
record ItemMessages(MailTexts texts) {

  /**
   * The receipt, saying where the item goes; to the secretariat too. Written as registration places
   * the item: its title and submitter as sent, where it went as {@code placement} says.
   */
  Message received(String title, String submitter, Placement placement) {
    String secretariat = Message.group(KluGroups.SECRETARIAT);
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("placement", placement.kind().name());
    model.put("meeting", placement.meeting().map(Meeting::label).orElse(null));
    return texts.message(
        "ITEM_RECEIVED",
        "receipt:" + placement.itemId(),
        submitter == null ? List.of(secretariat) : List.of(submitter, secretariat),
        placement.meeting().map(Meeting::id).orElse(null),
        placement.itemId(),
        model);
  }

  /** The secretariat's decision on an item that came after the deadline, with its note if any. */
  Message lateDecided(AgendaItem item, boolean admitted, Object meeting, String note) {
    Map<String, Object> model = titled(item);
    model.put("admitted", admitted);
    model.put("meeting", meeting);
    model.put("note", note);
    return toSubmitter("LATE_ITEM_DECIDED", "late-decision:" + item.id(), item, model);
  }

  /** The outcome of the triage (in Danish), with the secretariat's text if it wrote one. */
  Message triaged(AgendaItem item, String outcome, String note, int round) {
    Map<String, Object> model = titled(item);
    model.put("outcome", outcome);
    model.put("note", note);
    return toSubmitter("ITEM_TRIAGED", "triage:" + item.id() + ":" + round, item, model);
  }

  /** The submitter did not answer the secretariat's question in time: triage goes on without. */
  Message informationOverdue(AgendaItem item, int round) {
    return toSubmitter(
        "INFORMATION_OVERDUE",
        "information-overdue:" + item.id() + ":" + round,
        item,
        titled(item));
  }

  private Message toSubmitter(String kind, String key, AgendaItem item, Map<String, ?> model) {
    return texts.message(
        kind, key, List.of(item.submittedBy()), item.meetingId(), item.id(), model);
  }

  /** A model naming the item; it takes values that may be null (no note, no meeting). */
  private static Map<String, Object> titled(AgendaItem item) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", item.title());
    return model;
  }
}
