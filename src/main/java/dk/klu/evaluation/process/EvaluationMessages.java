package dk.klu.evaluation.process;

import dk.klu.document.EvaluationDocuments;
import dk.klu.evaluation.Evaluation;
import dk.klu.meeting.Meeting;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.List;

/**
 * The Danish messages of {@code klu-evaluation}. Keys name the cause (year, review round, chair,
 * version), so a retried step records nothing twice.
 */
final class EvaluationMessages {

  static final String TASKLIST_LINK = "/camunda/app/tasklist/default/";

  private EvaluationMessages() {}

  private static String round(Evaluation e) {
    return e.year() + ":" + e.reviewRound();
  }

  static Message completionReminder(Evaluation e, String due) {
    return new Message(
            "evaluation-reminder:" + round(e),
            "EVALUATION_REMINDER",
            List.of(Message.group(KluGroups.SECRETARIAT)),
            "Påmindelse: årsevaluering " + e.year() + " skal færdiggøres",
            "Årsevalueringen for "
                + e.year()
                + " venter på sekretariatets vurdering og anbefalinger (\"Færdiggør årsevaluering\""
                + " i Tasklist). Fristen er "
                + due
                + ".",
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  static Message completionOverdue(Evaluation e, String chairUser, String gpChairUser) {
    return new Message(
            "evaluation-overdue:" + round(e),
            "EVALUATION_OVERDUE",
            List.of(Message.group(KluGroups.SECRETARIAT), chairUser, gpChairUser),
            "Årsevaluering " + e.year() + " er forsinket",
            "Fristen for at færdiggøre årsevalueringen for "
                + e.year()
                + " er overskredet. Sekretariatet færdiggør den i Tasklist, hvorefter den sendes"
                + " til formandskabets godkendelse.",
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  static Message approvalReminder(Evaluation e, String approver, String due) {
    return new Message(
            "evaluation-approval-reminder:" + round(e) + ":" + approver,
            "EVALUATION_APPROVAL_REMINDER",
            List.of(approver),
            "Påmindelse: godkend årsevaluering " + e.year(),
            "Årsevalueringen for "
                + e.year()
                + " venter på din godkendelse i Tasklist. Fristen er "
                + due
                + ".",
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  static Message approvalOverdue(Evaluation e, String approver) {
    return new Message(
            "evaluation-approval-overdue:" + round(e) + ":" + approver,
            "EVALUATION_APPROVAL_OVERDUE",
            List.of(Message.group(KluGroups.SECRETARIAT), approver),
            "Godkendelse af årsevaluering " + e.year() + " er forsinket",
            "Fristen for at godkende årsevalueringen for "
                + e.year()
                + " er overskredet ("
                + approver
                + "). Sekretariatet bør kontakte formanden.",
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  static Message returned(Evaluation e) {
    return new Message(
            "evaluation-returned:" + e.year() + ":" + (e.reviewRound() - 1),
            "EVALUATION_RETURNED",
            List.of(Message.group(KluGroups.SECRETARIAT)),
            "Årsevaluering " + e.year() + " er sendt tilbage",
            "Formandskabet har sendt årsevalueringen for "
                + e.year()
                + " tilbage med kommentarer:\n\n"
                + e.returnNote(),
            null,
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  /** The approved evaluation to the Samarbejdsudvalg, with the PDF; a copy to the secretariat. */
  static Message sent(
      Evaluation e, EvaluationDocuments.Released document, String recipient, String committee) {
    return new Message(
            "evaluation-sent:" + e.year() + ":" + document.version(),
            "EVALUATION_SENT",
            List.of(recipient, Message.group(KluGroups.SECRETARIAT)),
            "Årsevaluering " + e.year() + " fra " + committee,
            "Til Samarbejdsudvalget\n\n"
                + committee
                + " sender hermed sin årlige evaluering af samarbejdet for "
                + e.year()
                + ", herunder opfølgning og status på implementering af lokale aftaler."
                + " Evalueringen er godkendt af udvalgets formand og PLO-formand.\n\n"
                + "Evalueringen er vedhæftet som PDF ("
                + document.fileName()
                + ").",
            null,
            null)
        .withAttachments(List.of(Message.Attachments.evaluation(document.id())));
  }

  static Message archived(Evaluation e, String chairUser, String gpChairUser) {
    return new Message(
            "evaluation-archived:" + e.year(),
            "EVALUATION_ARCHIVED",
            List.of(Message.group(KluGroups.SECRETARIAT), chairUser, gpChairUser),
            "Årsevaluering " + e.year() + " er sendt og arkiveret",
            "Årsevalueringen for "
                + e.year()
                + " blev sendt til Samarbejdsudvalget ("
                + e.recipientAddress()
                + ") "
                + Meeting.danish(e.sentAt())
                + " og er arkiveret.",
            null,
            null)
        .withLink("/api/evaluations/" + e.year() + ".pdf", "Hent den arkiverede årsevaluering");
  }
}
