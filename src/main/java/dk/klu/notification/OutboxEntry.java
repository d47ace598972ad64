package dk.klu.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** A recorded message with its delivery state, as the secretariat sees it. */
public record OutboxEntry(
    long id,
    Message message,
    DeliveryStatus status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime sentAt,
    List<String> sentTo,
    String lastError) {}
