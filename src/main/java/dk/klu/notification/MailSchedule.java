package dk.klu.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reads the outbox every {@code klu.mail.poll-interval}. Off with {@code
 * klu.mail.scheduler-enabled=false} (tests that send at chosen moments).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "klu.mail.scheduler-enabled",
    havingValue = "true",
    matchIfMissing = true)
public record MailSchedule(MailDispatcher dispatcher) {

  @Scheduled(
      fixedDelayString = "${klu.mail.poll-interval:PT10S}",
      initialDelayString = "${klu.mail.poll-interval:PT10S}")
  public void send() {
    dispatcher.dispatchDue();
  }
}
