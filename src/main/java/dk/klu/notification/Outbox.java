package dk.klu.notification;

import dk.klu.persistence.ColumnValue;
import dk.klu.persistence.Table;
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
  private final Table<OutboxEntry> notifications;
  private final KluClock clock;

  public Outbox(JdbcClient jdbc, KluClock clock) {
    this.jdbc = jdbc;
    this.notifications = new Table<>(jdbc, "klu_notification", Outbox::map);
    this.clock = clock;
  }

  /**
   * Records the message unless one with the same key exists; returns whether it was new. One
   * statement: the check for the key is part of the insert.
   */
  public boolean record(Message message) {
    return jdbc.sql(
                "INSERT INTO klu_notification (dedupe_key, kind, recipients, subject, body,"
                    + " meeting_id, item_id, link_url, link_label, attachments, status, attempts,"
                    + " next_attempt_at, created_at) SELECT :key, :kind, :recipients, :subject,"
                    + " :body, CAST(:meeting AS BIGINT), CAST(:item AS BIGINT), :link, :linkLabel,"
                    + " :attachments, :status, 0, CAST(:now AS TIMESTAMP WITH TIME ZONE),"
                    + " CAST(:now AS TIMESTAMP WITH TIME ZONE) WHERE NOT EXISTS (SELECT 1 FROM"
                    + " klu_notification WHERE dedupe_key = :key)")
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
            .param("status", DeliveryStatus.PENDING.name())
            .param("now", clock.now())
            .update()
        == 1;
  }

  /** Recorded messages, oldest first (for tests and the year's figures). */
  public List<Message> all() {
    return notifications.list("ORDER BY id").stream().map(OutboxEntry::message).toList();
  }

  /** The newest entries first, with their delivery state. */
  public List<OutboxEntry> entries(int limit) {
    return notifications.list("ORDER BY id DESC LIMIT :limit", "limit", limit);
  }

  public Optional<OutboxEntry> get(long id) {
    return notifications.one("WHERE id = :id", "id", id);
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
    notifications
        .update("id = :id", "id", id)
        .set("status", DeliveryStatus.SENT)
        .set("sent_at", now)
        .set("sent_to", String.join(",", sentTo))
        .set("last_error", null)
        .set("next_attempt_at", null)
        .run();
  }

  void markNoRecipients(long id, String reason) {
    notifications
        .update("id = :id", "id", id)
        .set("status", DeliveryStatus.NO_RECIPIENTS)
        .set("last_error", ColumnValue.fit(reason, 2000))
        .set("next_attempt_at", null)
        .run();
  }

  /** A failed attempt: try again at {@code next}, or give up when it is null. */
  void markFailed(long id, String error, OffsetDateTime next) {
    notifications
        .update("id = :id", "id", id)
        .set("status", next == null ? DeliveryStatus.FAILED : DeliveryStatus.RETRY)
        .set("last_error", ColumnValue.fit(error, 2000))
        .set("next_attempt_at", next)
        .run();
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
