package dk.klu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox records a message once by its key, in one statement (a retried step records nothing
 * new), with or without a meeting, an item and a link; on H2 here, on PostgreSQL in {@code
 * PostgresOutboxTest}.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-outbox;DB_CLOSE_DELAY=-1")
class OutboxTest extends ApplicationTest {

  @Autowired Outbox outbox;

  @Test
  void recordsAMessageOnceByItsKey() {
    Message withoutMeeting =
        new Message(
            "outbox-test-1",
            "TEST",
            List.of("a@klu.example", "b@klu.example"),
            "Emne",
            "Tekst",
            null,
            null,
            null,
            null,
            List.of());
    Message withAll =
        new Message(
            "outbox-test-2",
            "TEST",
            List.of("a@klu.example"),
            "Emne 2",
            "Tekst 2",
            7L,
            11L,
            "https://klu.example/m/7",
            "Se mødet",
            List.of("dagsorden-7.pdf"));
    int before = outbox.all().size();

    assertThat(outbox.record(withoutMeeting)).isTrue();
    assertThat(outbox.record(withoutMeeting)).isFalse();
    assertThat(outbox.record(withAll)).isTrue();
    assertThat(outbox.record(withAll)).isFalse();

    List<Message> recorded = outbox.all();
    assertThat(recorded).hasSize(before + 2);
    assertThat(recorded.subList(before, before + 2)).containsExactly(withoutMeeting, withAll);
    assertThat(outbox.entries(2))
        .allSatisfy(e -> assertThat(e.status()).isEqualTo(DeliveryStatus.PENDING));
  }
}
