package dk.klu.notification;

import java.util.List;

/**
 * A message to people: recipients are user ids, {@code group:<id>} for everyone in a group, or mail
 * addresses for people outside the application (a regional body, a mailing list).
 *
 * @param key identifies the cause, so the same cause is recorded once
 * @param link a path in this application (or an absolute URL) the message points to, or null
 * @param linkLabel the Danish text of the link
 * @param attachments references the mail sender resolves when it sends, see {@link Attachments}
 */
public record Message(
    String key,
    String kind,
    List<String> recipients,
    String subject,
    String body,
    Long meetingId,
    Long itemId,
    String link,
    String linkLabel,
    List<String> attachments) {

  public Message {
    recipients = List.copyOf(recipients);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A message without link or attachments. */
  public Message(
      String key,
      String kind,
      List<String> recipients,
      String subject,
      String body,
      Long meetingId,
      Long itemId) {
    this(key, kind, recipients, subject, body, meetingId, itemId, null, null, List.of());
  }

  /** The same message pointing to a page. */
  public Message withLink(String path, String label) {
    return new Message(
        key, kind, recipients, subject, body, meetingId, itemId, path, label, attachments);
  }

  /** The same message pointing to the tasks waiting in Tasklist. */
  public Message withTasklistLink() {
    return withLink("/camunda/app/tasklist/default/", "Åbn Tasklist");
  }

  /** The same message with attachments added. */
  public Message withAttachments(List<String> references) {
    return new Message(
        key, kind, recipients, subject, body, meetingId, itemId, link, linkLabel, references);
  }

  /** Everyone in a group. */
  public static String group(String groupId) {
    return "group:" + groupId;
  }

  /** References to what a mail carries, resolved when it is sent. */
  public static final class Attachments {
    private Attachments() {}

    /** A released document (its PDF), by id: it never changes, so a resend carries the same. */
    public static String document(long documentId) {
      return "document:" + documentId;
    }

    /** A released annual evaluation (its PDF), by the id of its version. */
    public static String evaluation(long evaluationDocumentId) {
      return "evaluation:" + evaluationDocumentId;
    }

    /** A calendar invitation for a meeting. */
    public static String invitation(long meetingId) {
      return "invitation:" + meetingId;
    }
  }
}
