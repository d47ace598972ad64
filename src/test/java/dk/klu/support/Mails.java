package dk.klu.support;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.klu.notification.Message;
import dk.klu.notification.Outbox;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Reading mails a test SMTP server (GreenMail) received. */
public final class Mails {

  private Mails() {}

  /** A GreenMail SMTP server for the whole test class, set up as given. */
  public static GreenMailExtension smtpServer(ServerSetup setup) {
    return new GreenMailExtension(setup).withPerMethodLifecycle(false);
  }

  /** A GreenMail SMTP server for the whole test class on a free port. */
  public static GreenMailExtension smtpServer() {
    return smtpServer(ServerSetupTest.SMTP.dynamicPort());
  }

  /** Points the application's mail sender at the test's SMTP server (a dynamic property). */
  public static void sendTo(GreenMailExtension smtp, DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  /** The outbox's messages of one kind, in order. */
  public static List<Message> ofKind(Outbox outbox, String kind) {
    return outbox.all().stream().filter(m -> m.kind().equals(kind)).toList();
  }

  /** One part of a mail: its content type, file name (for attachments) and bytes. */
  public record MailPart(String contentType, String fileName, byte[] content) {
    public String text() {
      return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The leaf parts of a mail, in order. */
  public static List<MailPart> parts(MimeMessage message) {
    List<MailPart> parts = new ArrayList<>();
    try {
      collect(message, parts);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return parts;
  }

  private static void collect(Part part, List<MailPart> into) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, into);
      }
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    part.getDataHandler().writeTo(bytes);
    into.add(new MailPart(part.getContentType(), part.getFileName(), bytes.toByteArray()));
  }

  /** The first part whose content type starts with the given type. */
  public static Optional<MailPart> part(MimeMessage message, String type) {
    return parts(message).stream()
        .filter(p -> p.contentType().toLowerCase().startsWith(type))
        .findFirst();
  }

  /** The plain text of a mail. */
  public static String text(MimeMessage message) {
    return part(message, "text/plain").map(MailPart::text).orElse("");
  }

  /** The mails in one person's inbox (GreenMail keeps a copy per recipient, blind copies too). */
  public static List<MimeMessage> inbox(GreenMailOperations smtp, String address) {
    try {
      GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
      if (user == null) {
        return List.of();
      }
      return smtp.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(StoredMessage::getMimeMessage)
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Mails in a person's inbox whose subject starts with the given text. */
  public static List<MimeMessage> inbox(GreenMailOperations smtp, String address, String subject) {
    return inbox(smtp, address).stream().filter(m -> subject(m).startsWith(subject)).toList();
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
