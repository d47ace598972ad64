package dk.klu.notification;

import java.util.List;

/**
 * A message to people: recipients are user ids or {@code group:<id>} for everyone in a group.
 *
 * @param key identifies the cause, so the same cause is recorded once
 */
public record Message(
    String key,
    String kind,
    List<String> recipients,
    String subject,
    String body,
    Long meetingId,
    Long itemId) {

  /** Everyone in a group. */
  public static String group(String groupId) {
    return "group:" + groupId;
  }
}
