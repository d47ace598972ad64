package dk.klu.evaluation.web;

import dk.klu.document.DocumentRepository;
import dk.klu.document.EvaluationDocuments;
import dk.klu.evaluation.Evaluation;
import dk.klu.evaluation.EvaluationService;
import dk.klu.http.PdfResponses;
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
 * The annual evaluation as a document (HTTP Basic). {@code GET /api/evaluations/{year}/preview}
 * (HTML) and {@code .../preview.pdf}: the evaluation as it stands, marked as a draft, for the
 * secretariat and the chairs (their forms link here). {@code GET /api/evaluations/{year}} and
 * {@code /api/evaluations/{year}.pdf}: the version sent to the Samarbejdsudvalg and archived, also
 * for process owners. Not public: the evaluation goes to the region, not to the public archive.
 */
@RestController
public record EvaluationController(
    EvaluationService evaluations,
    EvaluationDocuments documents,
    DocumentRepository released,
    IdentityService identityService) {

  static final Set<String> PREVIEW_READERS =
      Set.of(KluGroups.SECRETARIAT, KluGroups.CHAIR, KluGroups.ADMIN);
  static final Set<String> ARCHIVE_READERS =
      Set.of(KluGroups.SECRETARIAT, KluGroups.CHAIR, KluGroups.PROCESS_OWNER, KluGroups.ADMIN);

  @GetMapping(value = "/api/evaluations/{year}/preview", produces = MediaType.TEXT_HTML_VALUE)
  public String preview(@PathVariable int year) {
    return documents.previewHtml(evaluation(year), true);
  }

  @GetMapping("/api/evaluations/{year}/preview.pdf")
  public ResponseEntity<byte[]> previewPdf(@PathVariable int year) {
    return PdfResponses.inline("udkast-klu-aarsevaluering-" + year + ".pdf")
        .body(documents.previewPdf(evaluation(year)));
  }

  @GetMapping(value = "/api/evaluations/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String archived(@PathVariable int year) {
    return released.evaluationHtml(released(year).id());
  }

  @GetMapping("/api/evaluations/{year}.pdf")
  public ResponseEntity<byte[]> archivedPdf(@PathVariable int year) {
    EvaluationDocuments.Released document = released(year);
    return PdfResponses.inline(document.fileName()).body(released.evaluationPdf(document.id()));
  }

  private Evaluation evaluation(int year) {
    GroupAccess.require(identityService, PREVIEW_READERS, "udkast til årsevalueringen");
    return evaluations
        .find(year)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Årsevalueringen for " + year + " er ikke startet."));
  }

  private EvaluationDocuments.Released released(int year) {
    GroupAccess.require(identityService, ARCHIVE_READERS, "årsevalueringen");
    return released
        .latestEvaluation(year)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Årsevalueringen for " + year + " er ikke godkendt og sendt endnu."));
  }
}
