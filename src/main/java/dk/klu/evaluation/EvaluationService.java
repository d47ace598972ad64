package dk.klu.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.klu.rules.KluClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual evaluation from generation to archive: one per calendar year ({@code klu_evaluation}).
 * Knows nothing of mail or the engine; the process steps record their messages themselves.
 */
@Service
public class EvaluationService {

  public static final int FIRST_YEAR = 2000;
  public static final int MAX_TEXT = 10_000;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final JdbcClient jdbc;
  private final EvaluationReportGenerator generator;
  private final KluClock clock;

  public EvaluationService(JdbcClient jdbc, EvaluationReportGenerator generator, KluClock clock) {
    this.jdbc = jdbc;
    this.generator = generator;
    this.clock = clock;
  }

  /** Why a year cannot be evaluated now, in Danish; empty when it can. */
  public List<String> checkYear(Integer year) {
    if (year == null) {
      return List.of("Feltet \"År\" skal udfyldes.");
    }
    int current = clock.now().getYear();
    if (year < FIRST_YEAR || year > current) {
      return List.of(
          "Året "
              + year
              + " kan ikke evalueres: vælg et år mellem "
              + FIRST_YEAR
              + " og "
              + current
              + ".");
    }
    if (find(year).isPresent()) {
      return List.of("Årsevalueringen for " + year + " er allerede startet.");
    }
    return List.of();
  }

  /**
   * Generates the year's report and stores it for the process instance. Retried by the same
   * instance, it takes the figures again; an evaluation of the year owned by another instance is
   * refused (one evaluation per year) with {@link EvaluationExistsException}, before anything is
   * written: the caller's transaction stays good, so the process can end as modelled.
   */
  @Transactional(noRollbackFor = EvaluationExistsException.class)
  public Evaluation generate(int year, String processInstanceId, String by) {
    EvaluationReport report = generator.generate(year);
    Optional<Evaluation> existing = find(year);
    if (existing.isPresent()) {
      Evaluation e = existing.get();
      if (processInstanceId == null || !processInstanceId.equals(e.processInstanceId())) {
        throw new EvaluationExistsException(year);
      }
      jdbc.sql(
              "UPDATE klu_evaluation SET report_json = :json, generated_at = :now WHERE"
                  + " evaluation_year = :year")
          .param("json", json(report))
          .param("now", report.generatedAt())
          .param("year", year)
          .update();
      return get(year);
    }
    jdbc.sql(
            "INSERT INTO klu_evaluation (evaluation_year, status, report_json, generated_at,"
                + " process_instance_id, created_by, created_at) VALUES (:year, :status, :json,"
                + " :now, :pi, :by, :now)")
        .param("year", year)
        .param("status", EvaluationStatus.DRAFTING.name())
        .param("json", json(report))
        .param("now", report.generatedAt())
        .param("pi", processInstanceId)
        .param("by", by)
        .update();
    return get(year);
  }

  /** The secretariat's assessment and recommendations; the evaluation goes to the chairs. */
  @Transactional
  public Evaluation complete(int year, String assessment, String recommendations, String by) {
    required(assessment, "Sekretariatets vurdering");
    required(recommendations, "Anbefalinger");
    jdbc.sql(
            "UPDATE klu_evaluation SET assessment = :assessment, recommendations ="
                + " :recommendations, completed_by = :by, completed_at = :now, status = :status"
                + " WHERE evaluation_year = :year")
        .param("assessment", assessment.strip())
        .param("recommendations", recommendations.strip())
        .param("by", by)
        .param("now", clock.now())
        .param("status", EvaluationStatus.AWAITING_APPROVAL.name())
        .param("year", year)
        .update();
    return get(year);
  }

  /** A chair sent it back: the secretariat completes it again in the next review round. */
  @Transactional
  public Evaluation returned(int year, String note) {
    jdbc.sql(
            "UPDATE klu_evaluation SET status = :status, return_note = :note, review_round ="
                + " review_round + 1 WHERE evaluation_year = :year AND status = :awaiting")
        .param("status", EvaluationStatus.DRAFTING.name())
        .param("note", note)
        .param("year", year)
        .param("awaiting", EvaluationStatus.AWAITING_APPROVAL.name())
        .update();
    return get(year);
  }

  @Transactional
  public Evaluation approved(int year) {
    jdbc.sql(
            "UPDATE klu_evaluation SET status = :status, approved_at = :now WHERE"
                + " evaluation_year = :year AND status = :awaiting")
        .param("status", EvaluationStatus.APPROVED.name())
        .param("now", clock.now())
        .param("year", year)
        .param("awaiting", EvaluationStatus.AWAITING_APPROVAL.name())
        .update();
    return get(year);
  }

  @Transactional
  public Evaluation sent(int year, String address) {
    jdbc.sql(
            "UPDATE klu_evaluation SET status = :status, recipient_address = :address, sent_at ="
                + " :now WHERE evaluation_year = :year AND status = :approved")
        .param("status", EvaluationStatus.SENT.name())
        .param("address", address)
        .param("now", clock.now())
        .param("year", year)
        .param("approved", EvaluationStatus.APPROVED.name())
        .update();
    return get(year);
  }

  @Transactional
  public Evaluation archived(int year) {
    jdbc.sql(
            "UPDATE klu_evaluation SET status = :status, archived_at = :now WHERE"
                + " evaluation_year = :year AND status = :sent")
        .param("status", EvaluationStatus.ARCHIVED.name())
        .param("now", clock.now())
        .param("year", year)
        .param("sent", EvaluationStatus.SENT.name())
        .update();
    return get(year);
  }

  public Optional<Evaluation> find(int year) {
    return jdbc.sql("SELECT * FROM klu_evaluation WHERE evaluation_year = :year")
        .param("year", year)
        .query(EvaluationService::map)
        .optional();
  }

  public Evaluation get(int year) {
    return find(year)
        .orElseThrow(
            () -> new IllegalArgumentException("Årsevalueringen for " + year + " findes ikke."));
  }

  private static void required(String text, String label) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Feltet \"" + label + "\" skal udfyldes.");
    }
  }

  static String json(EvaluationReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Rapporten kan ikke gemmes", e);
    }
  }

  static EvaluationReport report(String json) {
    try {
      return JSON.readValue(json, EvaluationReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Rapporten kan ikke læses", e);
    }
  }

  private static Evaluation map(ResultSet rs, int row) throws SQLException {
    return new Evaluation(
        rs.getLong("id"),
        rs.getInt("evaluation_year"),
        EvaluationStatus.valueOf(rs.getString("status")),
        report(rs.getString("report_json")),
        rs.getString("assessment"),
        rs.getString("recommendations"),
        rs.getInt("review_round"),
        rs.getString("return_note"),
        rs.getString("completed_by"),
        rs.getObject("completed_at", OffsetDateTime.class),
        rs.getObject("approved_at", OffsetDateTime.class),
        rs.getString("recipient_address"),
        rs.getObject("sent_at", OffsetDateTime.class),
        rs.getObject("archived_at", OffsetDateTime.class),
        rs.getString("process_instance_id"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
