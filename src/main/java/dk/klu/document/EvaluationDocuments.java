package dk.klu.document;

import static dk.klu.evaluation.EvaluationSummary.days;

import dk.klu.evaluation.Evaluation;
import dk.klu.evaluation.EvaluationReport;
import dk.klu.meeting.Meeting;
import dk.klu.rules.KluClock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual evaluation as a document: accessible HTML and tagged PDF from the template {@code
 * documents/evaluation.html} through {@link DocumentRenderer}, previewed as a draft or released as
 * a version in {@code klu_evaluation_document} (never changed; same content releases nothing new).
 * Kept apart from {@link DocumentArchive}: that archive's documents belong to a meeting and feed
 * the public pages, an evaluation belongs to a year and goes to the region.
 */
@Component
public class EvaluationDocuments {

  /** The word used in file names. */
  public static final String SLUG = "aarsevaluering";

  private final DocumentRepository documents;
  private final DocumentRenderer renderer;
  private final KluClock clock;

  public EvaluationDocuments(
      DocumentRepository documents, DocumentRenderer renderer, KluClock clock) {
    this.documents = documents;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** A released version of a year's evaluation. */
  public record Released(
      long id,
      int year,
      int version,
      String title,
      String sha256,
      String releasedBy,
      OffsetDateTime releasedAt) {

    /** The PDF's file name, e.g. {@code klu-aarsevaluering-2027.pdf}. */
    public String fileName() {
      return "klu-" + SLUG + "-" + year + (version > 1 ? "-v" + version : "") + ".pdf";
    }
  }

  public static String title(int year) {
    return "Årsevaluering " + year;
  }

  /** The evaluation as it stands, marked as a draft; never stored. */
  public String previewHtml(Evaluation evaluation, boolean web) {
    return html(evaluation, web, "Udkast – ikke godkendt");
  }

  public byte[] previewPdf(Evaluation evaluation) {
    return renderer.pdf(previewHtml(evaluation, false));
  }

  /**
   * Releases the approved evaluation: a new version when its content changed since the latest, else
   * the latest (a retried step stores nothing twice).
   */
  @Transactional
  public Released release(Evaluation evaluation, String releasedBy) {
    int year = evaluation.year();
    String sha = DocumentArchive.sha256(html(evaluation, false, ""));
    Optional<Released> latest = documents.latestEvaluation(year);
    if (latest.isPresent() && latest.get().sha256().equals(sha)) {
      return latest.get();
    }
    int version = latest.map(d -> d.version() + 1).orElse(1);
    OffsetDateTime now = clock.now();
    String status =
        "Godkendt af formandskabet og sendt til Samarbejdsudvalget "
            + Meeting.danish(now)
            + (version > 1 ? " – version " + version : "");
    documents.insert(
        new Released(0, year, version, title(year), sha, releasedBy, now),
        html(evaluation, true, status),
        renderer.pdf(html(evaluation, false, status)));
    return documents.latestEvaluation(year).orElseThrow();
  }

  String html(Evaluation evaluation, boolean web, String status) {
    EvaluationReport report = evaluation.report();
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", title(evaluation.year()));
    variables.put("report", report);
    variables.put("web", web);
    variables.put("status", status);
    variables.put("generated", Meeting.danish(report.generatedAt()));
    variables.put("assessment", Objects.toString(evaluation.assessment(), "").strip());
    variables.put("recommendations", Objects.toString(evaluation.recommendations(), "").strip());
    variables.put("callToAgendaMedian", days(report.durations().callToAgendaMedian()));
    variables.put("meetingToMinutesMedian", days(report.durations().meetingToMinutesMedian()));
    variables.put("fmt", new Formats());
    return renderer.html("evaluation", variables);
  }

  /** Formatting the template calls. */
  public static final class Formats {
    public String date(java.time.LocalDate date) {
      return Meeting.danishDate(date);
    }
  }
}
