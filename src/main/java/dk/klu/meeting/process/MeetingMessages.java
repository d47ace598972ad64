package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.meeting.Meeting;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.List;

/** The Danish messages of the meeting cycle. Keys name the cause, so each is recorded once. */
final class MeetingMessages {

  private MeetingMessages() {}

  static Message callForItems(Meeting m, List<String> members) {
    List<String> recipients = new java.util.ArrayList<>(members);
    recipients.add(Message.group(KluGroups.SECRETARIAT));
    return new Message(
            "call:" + m.id(),
            "CALL_FOR_ITEMS",
            recipients,
            "Indkaldelse af punkter til " + m.label(),
            "Der indkaldes punkter til dagsordenen for "
                + m.label()
                + ".\n\nFrist for punkter: "
                + Meeting.danish(m.itemDeadline())
                + ".\nIndsend punktet i Tasklist under \"Start proces\" → \"Punkt til KLU's"
                + " dagsorden\". Beskriv emnet, hvad der ønskes drøftet, hvordan og hvorfor det hører"
                + " hjemme i KLU.",
            m.id(),
            null)
        .withLink(SUBMIT_ITEM_LINK, "Indsend et punkt");
  }

  static Message intakeReminder(Meeting m, List<String> members) {
    return new Message(
            "intake-reminder:" + m.id(),
            "INTAKE_REMINDER",
            members,
            "Påmindelse: frist for punkter til " + m.label(),
            "Fristen for punkter til "
                + m.label()
                + " er "
                + Meeting.danish(m.itemDeadline())
                + ".",
            m.id(),
            null)
        .withLink(SUBMIT_ITEM_LINK, "Indsend et punkt");
  }

  static Message movedToNextMeeting(AgendaItem item, Meeting from) {
    return new Message(
        "moved:" + item.id() + ":" + from.id(),
        "ITEM_MOVED",
        List.of(item.submittedBy()),
        "Dit punkt \"" + item.title() + "\" er flyttet til næste møde",
        "Formandskabet har flyttet dit punkt fra " + from.label() + " til næste møde.",
        from.id(),
        item.id());
  }

  static Message putBack(AgendaItem item, Meeting m, String by) {
    return new Message(
        "put-back:" + item.id() + ":" + m.id(),
        "ITEM_PUT_BACK",
        List.of(item.submittedBy()),
        "Dit punkt \"" + item.title() + "\" er sat på dagsordenen",
        by
            + " har sat dit punkt på dagsordenen for "
            + m.label()
            + ". Sekretariatet skriver en sagsfremstilling, og dagsordenen sendes ud før mødet.",
        m.id(),
        item.id());
  }

  static Message onAgenda(AgendaItem item, Meeting m) {
    return new Message(
        "on-agenda:" + item.id() + ":" + m.id(),
        "ITEM_ON_AGENDA",
        List.of(item.submittedBy()),
        "Dit punkt \"" + item.title() + "\" er på dagsordenen",
        "Dit punkt er på dagsordenen for " + m.label() + ".",
        m.id(),
        item.id());
  }

  static Message agendaLate(Meeting m, String chairUser, String gpChairUser) {
    return new Message(
        "agenda-late:" + m.id(),
        "AGENDA_LATE",
        List.of(Message.group(KluGroups.SECRETARIAT), chairUser, gpChairUser),
        "Dagsordenen til " + m.label() + " er forsinket",
        "Dagsordenen skulle være udsendt "
            + Meeting.danish(m.agendaSendAt())
            + ", men er endnu ikke godkendt og færdig. Den udsendes, så snart den er klar.",
        m.id(),
        null);
  }

  /** Where a member submits an item: Tasklist with the item's start form open. */
  static final String SUBMIT_ITEM_LINK =
      "/camunda/app/tasklist/default/#/?processStart=klu-agenda-item";

  static final String TASKLIST_LINK = "/camunda/app/tasklist/default/";

  /** A meeting's public page with its agenda and minutes. */
  static String meetingPage(Meeting m) {
    return "/public/meetings/" + m.id();
  }

  static Message agenda(Meeting m, List<AgendaItem> agenda, long documentId, List<String> readers) {
    StringBuilder body = new StringBuilder("Dagsorden for " + m.label() + "\n\n");
    body.append("1. Godkendelse af dagsorden\n");
    int n = 2;
    for (String kind : List.of("DECISION", "INFORMATION")) {
      body.append(n++)
          .append(
              kind.equals("DECISION")
                  ? ". Punkter til drøftelse/beslutning\n"
                  : ". Punkter til orientering\n");
      for (AgendaItem item : agenda) {
        if (item.effectiveKind().name().equals(kind)) {
          body.append("   - ")
              .append(item.title())
              .append(" (")
              .append(item.agendaMinutes())
              .append(" min.)\n");
        }
      }
    }
    body.append(n).append(". Eventuelt\n");
    return new Message(
            "agenda:" + m.id(),
            "AGENDA",
            readers,
            "Dagsorden: " + m.label(),
            body.toString()
                + "\nDagsordenen med sagsfremstillinger er vedhæftet som PDF, og en"
                + " kalenderinvitation til mødet følger med.",
            m.id(),
            null)
        .withLink(meetingPage(m), "Se mødet i arkivet")
        .withAttachments(
            List.of(
                Message.Attachments.document(documentId), Message.Attachments.invitation(m.id())));
  }

  static Message minutesPublished(Meeting m, List<String> readers) {
    return new Message(
            "minutes:" + m.id(),
            "MINUTES_PUBLISHED",
            readers,
            "Referat offentliggjort: " + m.label(),
            "Referatet fra " + m.label() + " er godkendt af formandskabet og offentliggjort.",
            m.id(),
            null)
        .withLink(meetingPage(m), "Læs referatet");
  }

  static Message minutesCorrected(Meeting m, int version, String note, List<String> readers) {
    return new Message(
            "minutes:" + m.id() + ":v" + version,
            "MINUTES_CORRECTED",
            readers,
            "Rettet referat: " + m.label(),
            "Referatet fra "
                + m.label()
                + " er rettet (version "
                + version
                + "). Den tidligere version kan stadig læses i arkivet.\n\nRettelse: "
                + note,
            m.id(),
            null)
        .withLink(meetingPage(m), "Læs det rettede referat");
  }

  static Message actionReminder(long actionId, String owner, String description, String due) {
    return new Message(
            "action-reminder:" + actionId,
            "ACTION_REMINDER",
            List.of(owner, Message.group(KluGroups.SECRETARIAT)),
            "Påmindelse: opfølgning med frist " + due,
            "Opfølgningspunktet \"" + description + "\" har frist " + due + ".",
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  static Message actionOverdue(long actionId, String owner, String description, String due) {
    return new Message(
            "action-overdue:" + actionId,
            "ACTION_OVERDUE",
            List.of(Message.group(KluGroups.SECRETARIAT)),
            "Overskredet frist: " + description,
            "Opfølgningspunktet \""
                + description
                + "\" (ansvarlig: "
                + owner
                + ") havde frist "
                + due
                + " og er ikke afsluttet.",
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }
}
