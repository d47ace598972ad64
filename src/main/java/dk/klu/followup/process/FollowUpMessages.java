package dk.klu.followup.process;

import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of {@code klu-follow-up}; their Danish text is in {@code
 * templates/mail/kinds/action-*.txt}. Keys name the cause, so each is recorded once.
 */
@Component
record FollowUpMessages(MailTexts texts) {

  private static final String SECRETARIAT = Message.group(KluGroups.SECRETARIAT);

  Message actionReminder(long actionId, String owner, String description, String due) {
    return action(
        "ACTION_REMINDER",
        "action-reminder:" + actionId,
        List.of(owner, SECRETARIAT),
        Map.of("description", description, "due", due));
  }

  Message actionOverdue(long actionId, String owner, String description, String due) {
    return action(
        "ACTION_OVERDUE",
        "action-overdue:" + actionId,
        List.of(SECRETARIAT),
        Map.of("description", description, "owner", owner, "due", due));
  }

  /** A message about a follow-up action, pointing to Tasklist. */
  private Message action(String kind, String key, List<String> to, Map<String, ?> model) {
    return texts.message(kind, key, to, null, null, model).withTasklistLink();
  }
}
