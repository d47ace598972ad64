package dk.klu.yearplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored year plan (klu_year_plan). */
public record YearPlan(
    long id,
    int year,
    LocalDate dialogueDate,
    Long yearWheelItemId,
    OffsetDateTime nextYearStartedAt,
    String processInstanceId,
    String createdBy) {

  /** The business key of the plan's {@code klu-year-plan} instance. */
  public static String businessKey(int year) {
    return "year-plan-" + year;
  }
}
