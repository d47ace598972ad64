package dk.klu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.klu.publication.PublicLinks;
import dk.klu.rules.KluClock;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Faults on the way out of the outbox, against a real SMTP server (GreenMail) that the test stops
 * and starts.
 *
 * <ul>
 *   <li>Mail server down: the message is kept for a later attempt with the error noted, is not
 *       tried before its back-off has passed, and goes out exactly once when the server is back.
 *   <li>A sender that claimed a message and stopped (a crash while sending): nobody takes it over
 *       while its lease runs, after the lease it goes out once, with the outbox's Message-ID.
 *   <li>A message that keeps failing is left as failed for the secretariat, who resends it.
 *   <li>No SMTP server configured: nothing fails and nothing is lost, the message waits.
 * </ul>
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "spring.profiles.active=demo",
      "spring.datasource.url=jdbc:h2:mem:klu-mail-faults;DB_CLOSE_DELAY=-1",
      "spring.mail.host=localhost",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "klu.mail.scheduler-enabled=false",
      "klu.mail.max-attempts=3",
      "klu.public-url=https://klu.example.dk"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailDeliveryFaultsTest {

  /** A free port, chosen once: the test stops and starts the server on it. */
  static final int PORT = freePort();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> PORT);
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String ADDRESS = "sekretaer@klu.example";

  @Autowired Outbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired RecipientDirectory directory;
  @Autowired MailComposer composer;
  @Autowired MailProperties properties;
  @Autowired KluClock clock;
  @Autowired PublicLinks links;
  @Autowired JdbcClient jdbc;

  GreenMail smtp;
  OffsetDateTime now = OffsetDateTime.parse("2027-02-11T09:00:00+01:00");

  @BeforeEach
  void setUp() {
    at(now);
    jdbc.sql("DELETE FROM klu_notification").update();
    smtp = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
  }

  @AfterEach
  void tearDown() {
    smtp.stop();
    ClockUtil.reset();
  }

  @Test
  void anOutageLosesNothingAndSendsOnceWhenTheServerIsBack() throws Exception {
    long id = record("Indkaldelse af punkter");

    // The server is down: the attempt fails, the error is kept, a retry waits one minute.
    assertThat(dispatcher.dispatchDue()).isZero();
    OutboxEntry failed = outbox.get(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRY);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isEqualTo(now.plusMinutes(1));

    // The server is back, but the back-off has not passed: nothing is tried.
    smtp.start();
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // After the back-off it goes out, once, and stays sent.
    at(now.plusMinutes(2));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    at(now.plusHours(5));
    assertThat(dispatcher.dispatchDue()).isZero();
    List<MimeMessage> received = received("Indkaldelse af punkter");
    assertThat(received).hasSize(1);
    OutboxEntry sent = outbox.get(id).orElseThrow();
    assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.sentTo()).containsExactly(ADDRESS);
    assertThat(sent.lastError()).isNull();
  }

  @Test
  void aClaimLeftByAStoppedSenderIsTakenOverAfterItsLeaseAndSentOnce() throws Exception {
    smtp.start();
    long id = record("Dagsorden");
    // A sender claims the message and stops before sending (as if the process was killed).
    assertThat(outbox.claim(id, now, properties.lease())).isTrue();
    assertThat(outbox.get(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENDING);

    // While the lease runs nobody else takes it.
    at(now.plus(properties.lease()).minusSeconds(1));
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // After the lease it is sent once, with the Message-ID that is the same for every attempt.
    at(now.plus(properties.lease()).plusSeconds(1));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(dispatcher.dispatchDue()).isZero();
    List<MimeMessage> received = received("Dagsorden");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getMessageID())
        .isEqualTo("<klu-notification-" + id + "@klu.example.dk>");
    assertThat(outbox.get(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void aMessageThatKeepsFailingIsLeftForTheSecretariatWhoResendsIt() throws Exception {
    long id = record("Referat offentliggjort");
    OffsetDateTime t = now;
    for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
      at(t);
      assertThat(dispatcher.dispatchDue()).isZero();
      t = t.plusHours(5);
    }
    OutboxEntry failed = outbox.get(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
    assertThat(failed.nextAttemptAt()).isNull();

    // Given up: the server is back, but nothing is sent until someone asks.
    smtp.start();
    at(t.plusDays(1));
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(outbox.resend(id)).isTrue();
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    // A sent message cannot be resent.
    assertThat(outbox.resend(id)).isFalse();
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(received("Referat offentliggjort")).hasSize(1);
  }

  @Test
  void withoutAnSmtpServerConfiguredMessagesWait() {
    MailDispatcher unconfigured =
        new MailDispatcher(outbox, noMailSender(), directory, composer, properties, clock, links);
    long id = record("Påmindelse");

    assertThat(unconfigured.enabled()).isFalse();
    assertThat(unconfigured.dispatchDue()).isZero();
    OutboxEntry waiting = outbox.get(id).orElseThrow();
    assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.message().subject()).isEqualTo("Påmindelse");
  }

  private long record(String subject) {
    Message message =
        new Message(
            "test:" + UUID.randomUUID(),
            "TEST",
            List.of("sekretaer"),
            subject,
            "Tekst til " + subject,
            null,
            null);
    assertThat(outbox.record(message)).isTrue();
    return outbox.entries(1).get(0).id();
  }

  private List<MimeMessage> received(String subject) throws Exception {
    List<MimeMessage> matching = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getSubject().contains(subject)) {
        matching.add(message);
      }
    }
    return matching;
  }

  private static void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private static ObjectProvider<JavaMailSender> noMailSender() {
    return new ObjectProvider<>() {
      @Override
      public JavaMailSender getObject(Object... args) {
        throw new IllegalStateException("no mail sender");
      }

      @Override
      public JavaMailSender getIfAvailable() {
        return null;
      }

      @Override
      public JavaMailSender getIfUnique() {
        return null;
      }

      @Override
      public JavaMailSender getObject() {
        throw new IllegalStateException("no mail sender");
      }
    };
  }
}
