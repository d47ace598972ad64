package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of the meeting cycle; their Danish text is in {@code templates/mail/kinds/}, one
 * template per kind. Keys name the cause, so each is recorded once.
 */
@Component
record MeetingMessages(MailTexts texts) {

  /** Where a member submits an item: Tasklist with the item's start form open. */
  private static final String SUBMIT_ITEM_LINK =
      "/camunda/app/tasklist/default/#/?processStart=klu-agenda-item";

  private static final String SECRETARIAT = Message.group(KluGroups.SECRETARIAT);

  /** A message about a meeting, named by its label and its deadline for items. */
  private Message aboutMeeting(String kind, String key, List<String> to, Meeting m) {
    return texts.message(
        kind,
        key,
        to,
        m.id(),
        null,
        Map.of("meeting", m.label(), "deadline", Meeting.danish(m.itemDeadline())));
  }

  /** A message to the member who submitted an item; {@code by} who acted, if anyone in person. */
  private Message toSubmitter(String kind, String key, AgendaItem item, Meeting m, String by) {
    Map<String, Object> model = new HashMap<>(Map.of("title", item.title(), "meeting", m.label()));
    model.put("by", by);
    return texts.message(kind, key, List.of(item.submittedBy()), m.id(), item.id(), model);
  }

  Message callForItems(Meeting m, List<String> members) {
    List<String> recipients = new ArrayList<>(members);
    recipients.add(SECRETARIAT);
    return aboutMeeting("CALL_FOR_ITEMS", "call:" + m.id(), recipients, m)
        .withLink(SUBMIT_ITEM_LINK, "Indsend et punkt");
  }

  Message intakeReminder(Meeting m, List<String> members) {
    return aboutMeeting("INTAKE_REMINDER", "intake-reminder:" + m.id(), members, m)
        .withLink(SUBMIT_ITEM_LINK, "Indsend et punkt");
  }

  Message movedToNextMeeting(AgendaItem item, Meeting from) {
    return toSubmitter("ITEM_MOVED", "moved:" + item.id() + ":" + from.id(), item, from, null);
  }

  Message putBack(AgendaItem item, Meeting m, String by) {
    return toSubmitter("ITEM_PUT_BACK", "put-back:" + item.id() + ":" + m.id(), item, m, by);
  }

  Message onAgenda(AgendaItem item, Meeting m) {
    return toSubmitter("ITEM_ON_AGENDA", "on-agenda:" + item.id() + ":" + m.id(), item, m, null);
  }

  Message agendaLate(Meeting m, String chairUser, String gpChairUser) {
    return texts.message(
        "AGENDA_LATE",
        "agenda-late:" + m.id(),
        List.of(SECRETARIAT, chairUser, gpChairUser),
        m.id(),
        null,
        Map.of("meeting", m.label(), "sendAt", Meeting.danish(m.agendaSendAt())));
  }

  Message agenda(Meeting m, List<AgendaItem> agenda, long documentId, List<String> readers) {
    return toReaders(
            "AGENDA", "agenda:" + m.id(), readers, m, Map.of("items", agenda), "Se mødet i arkivet")
        .withAttachments(
            List.of(
                Message.Attachments.document(documentId), Message.Attachments.invitation(m.id())));
  }

  Message minutesPublished(Meeting m, List<String> readers) {
    return toReaders(
        "MINUTES_PUBLISHED", "minutes:" + m.id(), readers, m, Map.of(), "Læs referatet");
  }

  Message minutesCorrected(Meeting m, int version, String note, List<String> readers) {
    return toReaders(
        "MINUTES_CORRECTED",
        "minutes:" + m.id() + ":v" + version,
        readers,
        m,
        Map.of("version", version, "note", note),
        "Læs det rettede referat");
  }

  /** A message to the meeting's readers, pointing to the meeting's public page. */
  private Message toReaders(
      String kind, String key, List<String> readers, Meeting m, Map<String, ?> more, String link) {
    Map<String, Object> model = new HashMap<>(more);
    model.put("meeting", m.label());
    return texts
        .message(kind, key, readers, m.id(), null, model)
        .withLink("/public/meetings/" + m.id(), link);
  }
}
