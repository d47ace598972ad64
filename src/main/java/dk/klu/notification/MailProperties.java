package dk.klu.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How messages leave the outbox ({@code klu.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.host/port/username/password}; without a host nothing is sent and every message
 * waits in the outbox, readable there.
 *
 * @param from the sender address
 * @param fromName the sender's name people see
 * @param pollInterval how often the outbox is read
 * @param lease how long a claimed message may be "being sent" before another attempt takes it over
 * @param maxAttempts attempts before a message is left for the secretariat to resend
 * @param batchSize messages sent per round
 */
@ConfigurationProperties("klu.mail")
public record MailProperties(
    String from,
    String fromName,
    Duration pollInterval,
    Duration lease,
    Integer maxAttempts,
    Integer batchSize) {

  public MailProperties {
    from = from == null || from.isBlank() ? "klu@localhost" : from;
    fromName = fromName == null || fromName.isBlank() ? "Kommunalt Lægeligt Udvalg" : fromName;
    pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    lease = lease == null ? Duration.ofMinutes(10) : lease;
    maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    batchSize = batchSize == null ? 50 : batchSize;
  }

  /** The wait before attempt n+1 after n failed ones: 1, 5, 15, 60 minutes, then every 4 hours. */
  public Duration backoff(int failedAttempts) {
    return switch (failedAttempts) {
      case 0, 1 -> Duration.ofMinutes(1);
      case 2 -> Duration.ofMinutes(5);
      case 3 -> Duration.ofMinutes(15);
      case 4 -> Duration.ofHours(1);
      default -> Duration.ofHours(4);
    };
  }
}
