package dk.klu.meeting.web;

import dk.klu.document.ReleasedDocument;
import dk.klu.http.InvalidInput;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.meeting.process.MinutesCorrection;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.time.OffsetDateTime;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat corrects published minutes: {@code POST /api/meetings/{id}/minutes/corrections}
 * with {@code {"note": "...", "items": [{"itemId": 7, "decision": "..."}]}}. The minutes are
 * released as the next version, the earlier one stays readable; 201 with the new version, 400 with
 * the Danish reasons when nothing was changed.
 */
@RestController
public record MinutesCorrectionController(
    MinutesCorrection corrections, MeetingService meetings, IdentityService identityService) {

  private static final String WHAT = "at rette referater";

  /** The released version as the secretariat sees it. */
  public record Released(
      long documentId, int version, String note, OffsetDateTime releasedAt, String url) {}

  @PostMapping("/api/meetings/{id}/minutes/corrections")
  public ResponseEntity<Released> correct(
      @PathVariable long id, @RequestBody MinutesCorrection.Request request) {
    Authentication caller =
        GroupAccess.require(identityService, Set.of(KluGroups.SECRETARIAT), WHAT);
    Meeting meeting;
    try {
      meeting = meetings.get(id);
    } catch (RuntimeException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Mødet findes ikke.");
    }
    MinutesCorrection.Result result = corrections.correct(meeting, request, caller.getUserId());
    if (!result.ok()) {
      throw new InvalidInput(result.errors());
    }
    ReleasedDocument d = result.released().orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new Released(
                d.id(),
                d.version(),
                d.note(),
                d.releasedAt(),
                "/public/meetings/" + id + "/referat?version=" + d.version()));
  }
}
