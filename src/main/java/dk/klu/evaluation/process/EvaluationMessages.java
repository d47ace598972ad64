package dk.klu.evaluation.process;

import dk.klu.document.EvaluationDocuments;
import dk.klu.evaluation.Evaluation;
import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of {@code klu-evaluation}; their Danish text is in {@code
 * templates/mail/kinds/evaluation-*.txt}. Keys name the cause (year, review round, chair, version),
 * so a retried step records nothing twice.
 */
@Component
record EvaluationMessages(MailTexts texts) {

  private static final String SECRETARIAT = Message.group(KluGroups.SECRETARIAT);

  private static String round(Evaluation e) {
    return e.year() + ":" + e.reviewRound();
  }

  /** A message about the evaluation of a year, with a link to Tasklist. */
  private Message task(String kind, String key, List<String> to, Map<String, Object> model) {
    return texts.message(kind, key, to, null, null, model).withTasklistLink();
  }

  Message completionReminder(Evaluation e, String due) {
    return task(
        "EVALUATION_REMINDER",
        "evaluation-reminder:" + round(e),
        List.of(SECRETARIAT),
        Map.of("year", e.year(), "due", due));
  }

  Message completionOverdue(Evaluation e, String chairUser, String gpChairUser) {
    return task(
        "EVALUATION_OVERDUE",
        "evaluation-overdue:" + round(e),
        List.of(SECRETARIAT, chairUser, gpChairUser),
        Map.of("year", e.year()));
  }

  Message approvalReminder(Evaluation e, String approver, String due) {
    return task(
        "EVALUATION_APPROVAL_REMINDER",
        "evaluation-approval-reminder:" + round(e) + ":" + approver,
        List.of(approver),
        Map.of("year", e.year(), "due", due));
  }

  Message approvalOverdue(Evaluation e, String approver) {
    return task(
        "EVALUATION_APPROVAL_OVERDUE",
        "evaluation-approval-overdue:" + round(e) + ":" + approver,
        List.of(SECRETARIAT, approver),
        Map.of("year", e.year(), "approver", approver));
  }

  Message returned(Evaluation e) {
    return task(
        "EVALUATION_RETURNED",
        "evaluation-returned:" + e.year() + ":" + (e.reviewRound() - 1),
        List.of(SECRETARIAT),
        Map.of("year", e.year(), "note", e.returnNote()));
  }

  /** The approved evaluation to the Samarbejdsudvalg, with the PDF; a copy to the secretariat. */
  Message sent(
      Evaluation e, EvaluationDocuments.Released document, String recipient, String committee) {
    return texts
        .message(
            "EVALUATION_SENT",
            "evaluation-sent:" + e.year() + ":" + document.version(),
            List.of(recipient, SECRETARIAT),
            null,
            null,
            Map.of("year", e.year(), "committee", committee, "file", document.fileName()))
        .withAttachments(List.of(Message.Attachments.evaluation(document.id())));
  }

  Message archived(Evaluation e, String chairUser, String gpChairUser) {
    return texts
        .message(
            "EVALUATION_ARCHIVED",
            "evaluation-archived:" + e.year(),
            List.of(SECRETARIAT, chairUser, gpChairUser),
            null,
            null,
            Map.of(
                "year",
                e.year(),
                "recipient",
                e.recipientAddress(),
                "sentAt",
                Meeting.danish(e.sentAt())))
        .withLink("/api/evaluations/" + e.year() + ".pdf", "Hent den arkiverede årsevaluering");
  }
}
