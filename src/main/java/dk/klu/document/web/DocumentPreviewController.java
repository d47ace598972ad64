package dk.klu.document.web;

import dk.klu.document.DocumentArchive;
import dk.klu.document.DocumentKind;
import dk.klu.http.PdfResponses;
import dk.klu.meeting.MeetingService;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat and the chairs look at the agenda or minutes as it stands before it goes out:
 * {@code GET /api/meetings/{id}/preview/dagsorden} (HTML) or {@code .../dagsorden.pdf}, likewise
 * {@code referat}. The forms of their tasks link here. A preview is never stored.
 */
@RestController
public record DocumentPreviewController(
    DocumentArchive archive, MeetingService meetings, IdentityService identityService) {

  private static final Set<String> READERS =
      Set.of(KluGroups.SECRETARIAT, KluGroups.CHAIR, KluGroups.ADMIN);

  @GetMapping(value = "/api/meetings/{id}/preview/{kind}", produces = MediaType.TEXT_HTML_VALUE)
  public String html(@PathVariable long id, @PathVariable String kind) {
    return archive.previewHtml(check(id), kind(kind));
  }

  @GetMapping("/api/meetings/{id}/preview/{kind}.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String kind) {
    DocumentKind documentKind = kind(kind);
    byte[] pdf = archive.previewPdf(check(id), documentKind);
    return PdfResponses.inline("udkast-" + documentKind.slug() + "-" + id + ".pdf").body(pdf);
  }

  private long check(long meetingId) {
    GroupAccess.require(identityService, READERS, "udkast til dagsorden og referat");
    try {
      meetings.get(meetingId);
    } catch (RuntimeException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Mødet findes ikke.");
    }
    return meetingId;
  }

  static DocumentKind kind(String slug) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.slug().equals(slug)) {
        return kind;
      }
    }
    throw new ResponseStatusException(
        HttpStatus.NOT_FOUND, "Ukendt dokument: brug dagsorden eller referat.");
  }
}
