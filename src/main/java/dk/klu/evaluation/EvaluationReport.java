package dk.klu.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The annual evaluation's figures for one calendar year (DOMAIN.md, "The year"), computed from the
 * committee's data by {@link EvaluationReportGenerator}: meetings planned and held, the items they
 * treated by topic and kind, the deadlines met, how long the cycle took, the follow-up actions and
 * the local agreements. Every figure is counted from the tables; nothing is typed in.
 *
 * @param year the calendar year (meetings starting in it, Europe/Copenhagen)
 * @param generatedAt when the figures were taken; "overdue" and agreement status are as of then
 */
public record EvaluationReport(
    int year,
    OffsetDateTime generatedAt,
    Meetings meetings,
    List<MeetingLine> meetingLines,
    Items items,
    Deadlines deadlines,
    Durations durations,
    FollowUps followUps,
    Agreements agreements) {

  /**
   * @param required meetings a year under the rules of procedure ({@code
   *     klu.rules.meetings-per-year})
   * @param planned meetings starting in the year
   * @param held planned meetings that have been held (attendance registered or later)
   */
  public record Meetings(int required, int planned, int held) {}

  /** One meeting of the year as the report lists it. */
  public record MeetingLine(
      long meetingId,
      String title,
      LocalDate date,
      boolean held,
      int items,
      Boolean agendaOnTime,
      Boolean minutesOnTime,
      Integer daysCallToAgenda,
      Integer daysMeetingToMinutes) {}

  /** A count under a Danish label. */
  public record Count(String code, String label, int count) {}

  /**
   * The items on the agendas of the meetings held, by topic and by kind (fixed point 2 decision, 3
   * information) and by where they came from.
   */
  public record Items(
      int total, int decision, int information, List<Count> byTopic, List<Count> bySource) {}

  /**
   * Deadlines. Submitted items: on time when received no later than their meeting's item deadline.
   * Agendas: on time when sent no later than the agenda date (day precision). Minutes: on time when
   * published no later than the minutes' approval date (the rules of procedure's minutes draft and
   * approval periods after the meeting).
   */
  public record Deadlines(
      int itemsSubmitted,
      int itemsOnTime,
      int itemsLate,
      int agendasSent,
      int agendasOnTime,
      int minutesPublished,
      int minutesOnTime) {}

  /**
   * Calendar days from the call for items to the agenda being sent, and from the meeting to the
   * minutes being published; median and maximum over the meetings where both happened (null when
   * none did).
   */
  public record Durations(
      int callToAgendaMeetings,
      BigDecimal callToAgendaMedian,
      Integer callToAgendaMax,
      int meetingToMinutesMeetings,
      BigDecimal meetingToMinutesMedian,
      Integer meetingToMinutesMax) {}

  /**
   * Follow-up actions agreed in the minutes of the year's meetings.
   *
   * @param doneLate done, but after the action's due date
   * @param overdue still open after the due date (as of {@code generatedAt})
   * @param openNotDue still open, due date not yet passed
   */
  public record FollowUps(int total, int done, int doneLate, int overdue, int openNotDue) {}

  /**
   * The local agreements: every agreement in the registry by status (all statuses, zero included),
   * those drafted in the year, and each with its status.
   */
  public record Agreements(
      int total, int draftedInYear, List<Count> byStatus, List<AgreementLine> registry) {}

  /**
   * One agreement as the report lists it, with the follow-up on its implementation once formalised
   * (status in Danish, the date it is as of, the secretariat's note; null before formalisation).
   */
  public record AgreementLine(
      long id,
      String title,
      String status,
      String route,
      LocalDate effectiveDate,
      LocalDate createdOn,
      String implementation,
      LocalDate implementationAsOf,
      String implementationNote) {}
}
