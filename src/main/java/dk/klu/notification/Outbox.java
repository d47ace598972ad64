package dk.klu.notification;

import dk.klu.rules.KluClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each message a process step causes, in the step's own transaction, and keeps its delivery
 * state. A message is identified by a key made from its cause (kind, meeting, item, round): a
 * retried job records nothing new, so nobody is told twice. {@link MailDispatcher} sends from here
 * after the step's transaction committed; a step rolled back leaves nothing to send.
 */
@Component
public class Outbox {

  private final JdbcClient jdbc;
  private final KluClock clock;

  public Outbox(JdbcClient jdbc, KluClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the message unless one with the same key exists; returns whether it was new. */
  public boolean record(Message message) {
    boolean exists =
        jdbc.sql("SELECT COUNT(*) FROM klu_notification WHERE dedupe_key = :key")
                .param("key", message.key())
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      return false;
    }
    OffsetDateTime now = clock.now();
    jdbc.sql(
            "INSERT INTO klu_notification (dedupe_key, kind, recipients, subject, body,"
                + " meeting_id, item_id, link_url, link_label, attachments, status, attempts,"
                + " next_attempt_at, created_at) VALUES (:key, :kind, :recipients, :subject, :body,"
                + " :meeting, :item, :link, :linkLabel, :attachments, 'PENDING', 0, :now, :now)")
        .param("key", message.key())
        .param("kind", message.kind())
        .param("recipients", String.join(",", message.recipients()))
        .param("subject", message.subject())
        .param("body", message.body())
        .param("meeting", message.meetingId())
        .param("item", message.itemId())
        .param("link", message.link())
        .param("linkLabel", message.linkLabel())
        .param("attachments", String.join(",", message.attachments()))
        .param("now", now)
        .update();
    return true;
  }

  /** Recorded messages, oldest first (for tests and the year's figures). */
  public List<Message> all() {
    return jdbc.sql("SELECT * FROM klu_notification ORDER BY id").query(Outbox::map).stream()
        .map(OutboxEntry::message)
        .toList();
  }

  /** The newest entries first, with their delivery state. */
  public List<OutboxEntry> entries(int limit) {
    return jdbc.sql("SELECT * FROM klu_notification ORDER BY id DESC LIMIT :limit")
        .param("limit", limit)
        .query(Outbox::map)
        .list();
  }

  public Optional<OutboxEntry> get(long id) {
    return jdbc.sql("SELECT * FROM klu_notification WHERE id = :id")
        .param("id", id)
        .query(Outbox::map)
        .optional();
  }

  /**
   * Ids of messages due for sending: waiting ones whose time has come, and ones a sender claimed
   * but never finished (it stopped while sending) once their lease ran out.
   */
  List<Long> due(OffsetDateTime now, Duration lease, int limit) {
    return jdbc.sql(
            "SELECT id FROM klu_notification WHERE (status IN ('PENDING', 'RETRY') AND"
                + " (next_attempt_at IS NULL OR next_attempt_at <= :now)) OR (status = 'SENDING'"
                + " AND claimed_at < :expired) ORDER BY id LIMIT :limit")
        .param("limit", limit)
        .param("now", now)
        .param("expired", now.minus(lease))
        .query(Long.class)
        .list();
  }

  /**
   * Claims one message for sending; only one sender (thread or node) can win the claim, because the
   * update is conditional on the state it read.
   */
  boolean claim(long id, OffsetDateTime now, Duration lease) {
    return jdbc.sql(
                "UPDATE klu_notification SET status = 'SENDING', claimed_at = :now,"
                    + " attempts = attempts + 1 WHERE id = :id AND ((status IN ('PENDING','RETRY')"
                    + " AND (next_attempt_at IS NULL OR next_attempt_at <= :now)) OR (status ="
                    + " 'SENDING' AND claimed_at < :expired))")
            .param("id", id)
            .param("now", now)
            .param("expired", now.minus(lease))
            .update()
        == 1;
  }

  void markSent(long id, List<String> sentTo, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_notification SET status = 'SENT', sent_at = :now, sent_to = :to,"
                + " last_error = NULL, next_attempt_at = NULL WHERE id = :id")
        .param("id", id)
        .param("now", now)
        .param("to", String.join(",", sentTo))
        .update();
  }

  void markNoRecipients(long id, String reason) {
    jdbc.sql(
            "UPDATE klu_notification SET status = 'NO_RECIPIENTS', last_error = :reason,"
                + " next_attempt_at = NULL WHERE id = :id")
        .param("id", id)
        .param("reason", cut(reason))
        .update();
  }

  /** A failed attempt: try again at {@code next}, or give up when it is null. */
  void markFailed(long id, String error, OffsetDateTime next) {
    jdbc.sql(
            "UPDATE klu_notification SET status = :status, last_error = :error,"
                + " next_attempt_at = :next WHERE id = :id")
        .param("id", id)
        .param("status", next == null ? "FAILED" : "RETRY")
        .param("error", cut(error))
        .param("next", next)
        .update();
  }

  /**
   * The secretariat asks for a failed or unsent message to be sent again; returns false when the
   * message was already sent or is being sent (nothing is sent twice on request either).
   */
  public boolean resend(long id) {
    return jdbc.sql(
                "UPDATE klu_notification SET status = 'PENDING', attempts = 0, next_attempt_at ="
                    + " :now WHERE id = :id AND status IN ('FAILED', 'RETRY', 'NO_RECIPIENTS')")
            .param("id", id)
            .param("now", clock.now())
            .update()
        == 1;
  }

  private static String cut(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }

  private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
    Message message =
        new Message(
            rs.getString("dedupe_key"),
            rs.getString("kind"),
            split(rs.getString("recipients")),
            rs.getString("subject"),
            rs.getString("body"),
            (Long) rs.getObject("meeting_id", Long.class),
            (Long) rs.getObject("item_id", Long.class),
            rs.getString("link_url"),
            rs.getString("link_label"),
            split(rs.getString("attachments")));
    return new OutboxEntry(
        rs.getLong("id"),
        message,
        DeliveryStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class),
        split(rs.getString("sent_to")),
        rs.getString("last_error"));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}
