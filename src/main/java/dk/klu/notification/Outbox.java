package dk.klu.notification;

import dk.klu.rules.KluClock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each message a process step causes, in the step's own transaction. A message is
 * identified by a key made from its cause (kind, meeting, item, round): a retried job records
 * nothing new, so nobody is told twice. Sending by mail reads from here.
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
    jdbc.sql(
            "INSERT INTO klu_notification (dedupe_key, kind, recipients, subject, body,"
                + " meeting_id, item_id, status, created_at) VALUES (:key, :kind, :recipients,"
                + " :subject, :body, :meeting, :item, 'RECORDED', :now)")
        .param("key", message.key())
        .param("kind", message.kind())
        .param("recipients", String.join(",", message.recipients()))
        .param("subject", message.subject())
        .param("body", message.body())
        .param("meeting", message.meetingId())
        .param("item", message.itemId())
        .param("now", clock.now())
        .update();
    return true;
  }

  /** Recorded messages, newest last (for the secretariat and for tests). */
  public List<Message> all() {
    return jdbc.sql(
            "SELECT dedupe_key, kind, recipients, subject, body, meeting_id, item_id FROM"
                + " klu_notification ORDER BY id")
        .query(
            (rs, row) ->
                new Message(
                    rs.getString("dedupe_key"),
                    rs.getString("kind"),
                    List.of(rs.getString("recipients").split(",")),
                    rs.getString("subject"),
                    rs.getString("body"),
                    (Long) rs.getObject("meeting_id", Long.class),
                    (Long) rs.getObject("item_id", Long.class)))
        .list();
  }
}
