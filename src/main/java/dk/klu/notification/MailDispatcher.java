package dk.klu.notification;

import dk.klu.publication.PublicLinks;
import dk.klu.rules.KluClock;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, after the step that recorded it committed. Each message is claimed
 * by a conditional update first, so two senders (threads or nodes) never both send it; a message
 * marked sent is never sent again. A failure waits and tries again (1, 5, 15, 60 minutes, then
 * every 4 hours) and after {@code klu.mail.max-attempts} is left for the secretariat, who can see
 * the error and resend. The one window left is a crash between the SMTP server accepting a mail and
 * the outbox noting it: after the lease the message goes out again with the same Message-ID, which
 * lets mail programs recognise the copy.
 *
 * <p>Without {@code spring.mail.host} there is no mail sender and nothing is sent: messages wait.
 */
@Component
public record MailDispatcher(
    Outbox outbox,
    ObjectProvider<JavaMailSender> sender,
    RecipientDirectory directory,
    MailComposer composer,
    MailProperties properties,
    KluClock clock,
    PublicLinks links) {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  /** Whether an SMTP server is configured. */
  public boolean enabled() {
    return sender.getIfAvailable() != null;
  }

  /** Sends every message that is due; returns how many were sent. */
  public int dispatchDue() {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return 0;
    }
    int sent = 0;
    OffsetDateTime now = clock.now();
    for (long id : outbox.due(now, properties.lease(), properties.batchSize())) {
      if (outbox.claim(id, now, properties.lease()) && send(mail, id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean send(JavaMailSender mail, long id) {
    OutboxEntry entry = outbox.get(id).orElseThrow();
    RecipientDirectory.Resolved resolved = directory.resolve(entry.message().recipients());
    if (resolved.addresses().isEmpty()) {
      outbox.markNoRecipients(
          id, "Ingen mailadresse for: " + String.join(", ", resolved.unreachable()));
      return false;
    }
    try {
      MimeMessage message = newMessage(mail, id);
      composer.compose(message, entry, resolved.addresses(), clock.now().toInstant());
      mail.send(message);
      outbox.markSent(id, resolved.addresses(), clock.now());
      if (!resolved.unreachable().isEmpty()) {
        LOG.warn("Message {} reached no address for {}", id, resolved.unreachable());
      }
      return true;
    } catch (MessagingException | RuntimeException e) {
      int attempts = entry.attempts();
      OffsetDateTime next =
          attempts >= properties.maxAttempts()
              ? null
              : clock.now().plus(properties.backoff(attempts));
      outbox.markFailed(id, describe(e), next);
      LOG.warn("Message {} not sent (attempt {}): {}", id, attempts, describe(e));
      return false;
    }
  }

  /** A message whose Message-ID is the outbox entry's, the same for every attempt. */
  private MimeMessage newMessage(JavaMailSender mail, long id) {
    String messageId = "<klu-notification-" + id + "@" + links.host() + ">";
    if (mail instanceof JavaMailSenderImpl impl) {
      return new StableIdMessage(impl.getSession(), messageId);
    }
    return mail.createMimeMessage();
  }

  private static String describe(Exception e) {
    Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return root == e ? text : text + " (" + root.getMessage() + ")";
  }

  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
