package dk.klu.notification.web;

import dk.klu.notification.MailDispatcher;
import dk.klu.notification.Outbox;
import dk.klu.notification.OutboxEntry;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What was sent, to whom, and what failed: {@code GET /api/outbox} for the secretariat (and
 * administrators), newest first; {@code POST /api/outbox/{id}/resend} sends a failed message again.
 */
@RestController
public record OutboxController(
    Outbox outbox, MailDispatcher dispatcher, IdentityService identityService) {

  private static final Set<String> READERS = Set.of(KluGroups.SECRETARIAT, KluGroups.ADMIN);
  private static final String WHAT = "udbakken (sendte og ventende beskeder)";

  /** The outbox and whether mail is switched on at all. */
  public record OutboxView(boolean mailEnabled, String mailText, List<Entry> messages) {}

  /** One message as the secretariat sees it. */
  public record Entry(
      long id,
      String kind,
      String subject,
      String body,
      List<String> recipients,
      String link,
      List<String> attachments,
      String status,
      String statusText,
      int attempts,
      OffsetDateTime createdAt,
      OffsetDateTime nextAttemptAt,
      OffsetDateTime sentAt,
      List<String> sentTo,
      String lastError) {}

  @GetMapping("/api/outbox")
  public OutboxView outbox(@RequestParam(defaultValue = "200") int limit) {
    GroupAccess.require(identityService, READERS, WHAT);
    if (limit < 1 || limit > 5000) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "limit skal være mellem 1 og 5000.");
    }
    boolean enabled = dispatcher.enabled();
    return new OutboxView(
        enabled,
        enabled
            ? "Beskeder sendes som mail."
            : "Der er ingen mailserver sat op (spring.mail.host): beskederne venter her.",
        outbox.entries(limit).stream().map(OutboxController::entry).toList());
  }

  @PostMapping("/api/outbox/{id}/resend")
  public Entry resend(@PathVariable long id) {
    GroupAccess.require(identityService, Set.of(KluGroups.SECRETARIAT), WHAT);
    OutboxEntry entry =
        outbox
            .get(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Beskeden findes ikke."));
    if (!outbox.resend(id)) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "Beskeden er " + entry.status().danish().toLowerCase() + " og sendes ikke igen.");
    }
    return entry(outbox.get(id).orElseThrow());
  }

  private static Entry entry(OutboxEntry e) {
    var m = e.message();
    return new Entry(
        e.id(),
        m.kind(),
        m.subject(),
        m.body(),
        m.recipients(),
        m.link(),
        m.attachments(),
        e.status().name(),
        e.status().danish(),
        e.attempts(),
        e.createdAt(),
        e.nextAttemptAt(),
        e.sentAt(),
        e.sentTo(),
        e.lastError());
  }
}
