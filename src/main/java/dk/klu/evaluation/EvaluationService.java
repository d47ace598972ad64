package dk.klu.evaluation;

import static dk.klu.evaluation.EvaluationRepository.Column.*;
import static dk.klu.evaluation.EvaluationStatus.*;
import static dk.klu.persistence.ColumnValue.set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.klu.evaluation.EvaluationRepository.Column;
import dk.klu.persistence.ColumnValue;
import dk.klu.rules.KluClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual evaluation from generation to archive: one per calendar year ({@code klu_evaluation}).
 * Knows nothing of mail or the engine; the process steps record their messages themselves.
 */
@Service
public class EvaluationService {

  public static final int FIRST_YEAR = 2000;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final EvaluationRepository evaluations;
  private final EvaluationReportGenerator generator;
  private final KluClock clock;

  public EvaluationService(
      EvaluationRepository evaluations, EvaluationReportGenerator generator, KluClock clock) {
    this.evaluations = evaluations;
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
    if (existing.isEmpty()) {
      evaluations.insert(year, json(report), report.generatedAt(), processInstanceId, by);
      return get(year);
    }
    if (processInstanceId == null
        || !processInstanceId.equals(existing.get().processInstanceId())) {
      throw new EvaluationExistsException(year);
    }
    evaluations.update(
        year,
        null,
        List.of(set(REPORT_JSON, json(report)), set(GENERATED_AT, report.generatedAt())));
    return get(year);
  }

  /** The secretariat's assessment and recommendations; the evaluation goes to the chairs. */
  @Transactional
  public Evaluation complete(int year, String assessment, String recommendations, String by) {
    required(assessment, "Sekretariatets vurdering");
    required(recommendations, "Anbefalinger");
    return change(
        year,
        null,
        AWAITING_APPROVAL,
        set(ASSESSMENT, assessment.strip()),
        set(RECOMMENDATIONS, recommendations.strip()),
        set(COMPLETED_BY, by),
        set(COMPLETED_AT, clock.now()));
  }

  /** A chair sent it back: the secretariat completes it again in the next review round. */
  @Transactional
  public Evaluation returned(int year, String note) {
    evaluations.returned(year, note);
    return get(year);
  }

  @Transactional
  public Evaluation approved(int year) {
    return change(year, AWAITING_APPROVAL, APPROVED, set(APPROVED_AT, clock.now()));
  }

  @Transactional
  public Evaluation sent(int year, String address) {
    return change(year, APPROVED, SENT, set(RECIPIENT_ADDRESS, address), set(SENT_AT, clock.now()));
  }

  @Transactional
  public Evaluation archived(int year) {
    return change(year, SENT, ARCHIVED, set(ARCHIVED_AT, clock.now()));
  }

  public Optional<Evaluation> find(int year) {
    return evaluations.find(year);
  }

  public Evaluation get(int year) {
    return find(year)
        .orElseThrow(
            () -> new IllegalArgumentException("Årsevalueringen for " + year + " findes ikke."));
  }

  /**
   * Moves the evaluation from the status {@code when} (any when null) to {@code to}, setting the
   * columns; in another status (a step retried after it moved on) nothing changes.
   */
  @SafeVarargs
  private Evaluation change(
      int year, EvaluationStatus when, EvaluationStatus to, ColumnValue<Column>... values) {
    List<ColumnValue<Column>> all = new ArrayList<>(List.of(values));
    all.add(set(STATUS, to));
    evaluations.update(year, when, all);
    return get(year);
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
}
