package dk.klu.agreement.web;

import dk.klu.agreement.Agreement;
import dk.klu.agreement.AgreementEvent;
import dk.klu.agreement.AgreementService;
import dk.klu.agreement.AgreementStatus;
import dk.klu.meeting.MeetingService;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registry of local agreements: {@code GET /api/agreements} (HTTP Basic, like the REST API)
 * lists every agreement with its status in Danish, route, payer, when it was sent, its effective
 * date and the meeting it came from; {@code GET /api/agreements/{id}} adds what happened to it. For
 * the secretariat, the chairs, the practice consultants, process owners and administrators.
 */
@RestController
public record AgreementRegistryController(
    AgreementService agreements, MeetingService meetings, IdentityService identityService) {

  static final Set<String> READERS =
      Set.of(
          KluGroups.SECRETARIAT,
          KluGroups.CHAIR,
          KluGroups.PRACTICE_CONSULTANT,
          KluGroups.PROCESS_OWNER,
          KluGroups.ADMIN);

  /** One agreement as the registry shows it. */
  public record RegistryEntry(
      long id,
      String title,
      String status,
      String statusText,
      String route,
      String routeText,
      String payer,
      String payerText,
      boolean settlementAgreementRequired,
      String origin,
      String originText,
      Long originMeetingId,
      String originMeeting,
      Long originItemId,
      OffsetDateTime sentAt,
      String sentTo,
      int reminders,
      boolean escalated,
      String answer,
      String answerText,
      LocalDate effectiveDate,
      String rejectionReason,
      OffsetDateTime gpsInformedAt,
      String implementationStatus,
      String implementationText,
      LocalDate implementationAsOf,
      String implementationNote,
      OffsetDateTime updatedAt) {}

  /** An agreement with what happened to it. */
  public record RegistryDetail(RegistryEntry agreement, String sentText, List<Event> events) {}

  /** One event in Danish. */
  public record Event(OffsetDateTime at, String kind, String status, String note, String by) {}

  @GetMapping("/api/agreements")
  public List<RegistryEntry> registry() {
    checkReader();
    return agreements.registry().stream().map(this::entry).toList();
  }

  @GetMapping("/api/agreements/{id}")
  public RegistryDetail agreement(@PathVariable long id) {
    checkReader();
    Agreement agreement;
    try {
      agreement = agreements.get(id);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return new RegistryDetail(
        entry(agreement),
        agreement.sentText(),
        agreements.events(id).stream().map(AgreementRegistryController::event).toList());
  }

  private void checkReader() {
    GroupAccess.require(identityService, READERS, "aftaleregistret");
  }

  private RegistryEntry entry(Agreement a) {
    return new RegistryEntry(
        a.id(),
        a.title(),
        a.status().name(),
        a.status().danish()
            + (a.status() == AgreementStatus.SENT && a.escalatedAt() != null
                ? " (svarfrist overskredet)"
                : ""),
        a.route() == null ? null : a.route().name(),
        a.route() == null ? null : a.route().danish(),
        a.payer() == null ? null : a.payer().name(),
        a.payer() == null ? null : a.payer().danish(),
        a.settlementAgreementRequired(),
        a.origin().name(),
        a.origin().danish(),
        a.originMeetingId(),
        a.originMeetingId() == null ? null : meetings.get(a.originMeetingId()).label(),
        a.originItemId(),
        a.sentAt(),
        a.route() == null || a.sentAt() == null ? null : a.route().body(),
        a.reminders(),
        a.escalatedAt() != null,
        a.answer() == null ? null : a.answer().name(),
        a.answer() == null ? null : a.answer().danish(),
        a.effectiveDate(),
        a.rejectionReason(),
        a.gpsInformedAt(),
        a.implementationStatus() == null ? null : a.implementationStatus().name(),
        a.implementationStatus() == null ? null : a.implementationStatus().danish(),
        a.implementationAsOf(),
        a.implementationNote(),
        a.updatedAt());
  }

  private static Event event(AgreementEvent e) {
    return new Event(e.at(), e.kind(), e.status().danish(), e.note(), e.byUser());
  }
}
