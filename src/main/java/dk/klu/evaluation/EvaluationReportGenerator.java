package dk.klu.evaluation;

import dk.klu.agenda.ItemKind;
import dk.klu.agenda.ItemSource;
import dk.klu.agenda.Topic;
import dk.klu.agreement.Agreement;
import dk.klu.agreement.AgreementService;
import dk.klu.agreement.AgreementStatus;
import dk.klu.evaluation.EvaluationReport.AgreementLine;
import dk.klu.evaluation.EvaluationReport.Count;
import dk.klu.evaluation.EvaluationReport.MeetingLine;
import dk.klu.meeting.MeetingPhase;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the {@link EvaluationReport} for a calendar year from the committee's tables: {@code
 * klu_meeting} (deadlines and phases), {@code klu_agenda_item} (what was submitted and when, what
 * was on the agendas), {@code klu_document} (when agenda and minutes were first released), {@code
 * klu_notification} (when the call for items went out), {@code klu_follow_up_action} and the
 * registry of local agreements. A meeting belongs to the year it starts in (Europe/Copenhagen).
 */
@Component
public class EvaluationReportGenerator {

  private static final Set<String> HELD =
      Set.of(
          MeetingPhase.HELD.name(),
          MeetingPhase.MINUTES_PUBLISHED.name(),
          MeetingPhase.CLOSED.name());

  private final JdbcClient jdbc;
  private final AgreementService agreements;
  private final RulesOfProcedure rules;
  private final KluClock clock;

  public EvaluationReportGenerator(
      JdbcClient jdbc, AgreementService agreements, RulesOfProcedure rules, KluClock clock) {
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.rules = rules;
    this.clock = clock;
  }

  /** A meeting of the year with the times the report needs. */
  private record Row(
      long id,
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime itemDeadline,
      OffsetDateTime agendaSendAt,
      OffsetDateTime minutesApprovalDue,
      String phase,
      OffsetDateTime callSent,
      OffsetDateTime agendaSent,
      OffsetDateTime minutesPublished) {

    boolean held() {
      return HELD.contains(phase);
    }
  }

  /** The report for the year as the data stands now. */
  public EvaluationReport generate(int year) {
    OffsetDateTime now = clock.now();
    OffsetDateTime from =
        LocalDate.of(year, 1, 1).atStartOfDay(MeetingSchedule.KLU_ZONE).toOffsetDateTime();
    OffsetDateTime to =
        LocalDate.of(year + 1, 1, 1).atStartOfDay(MeetingSchedule.KLU_ZONE).toOffsetDateTime();
    List<Row> meetings = meetings(from, to);
    List<Long> ids = meetings.stream().map(Row::id).toList();
    List<Long> heldIds = meetings.stream().filter(Row::held).map(Row::id).toList();

    List<MeetingLine> lines = new ArrayList<>();
    int agendasSent = 0;
    int agendasOnTime = 0;
    int minutesPublished = 0;
    int minutesOnTime = 0;
    List<Integer> callToAgenda = new ArrayList<>();
    List<Integer> meetingToMinutes = new ArrayList<>();
    for (Row m : meetings) {
      Boolean agendaOnTime = null;
      Integer daysCallToAgenda = null;
      if (m.agendaSent() != null) {
        agendasSent++;
        agendaOnTime = !date(m.agendaSent()).isAfter(date(m.agendaSendAt()));
        agendasOnTime += agendaOnTime ? 1 : 0;
        if (m.callSent() != null) {
          daysCallToAgenda = days(m.callSent(), m.agendaSent());
          callToAgenda.add(daysCallToAgenda);
        }
      }
      Boolean minutesInTime = null;
      Integer daysToMinutes = null;
      if (m.minutesPublished() != null) {
        minutesPublished++;
        minutesInTime = !date(m.minutesPublished()).isAfter(date(m.minutesApprovalDue()));
        minutesOnTime += minutesInTime ? 1 : 0;
        daysToMinutes = days(m.startsAt(), m.minutesPublished());
        meetingToMinutes.add(daysToMinutes);
      }
      lines.add(
          new MeetingLine(
              m.id(),
              m.title(),
              date(m.startsAt()),
              m.held(),
              m.held() ? onAgenda(List.of(m.id())).size() : 0,
              agendaOnTime,
              minutesInTime,
              daysCallToAgenda,
              daysToMinutes));
    }

    int itemsSubmitted = 0;
    int itemsOnTime = 0;
    for (Row m : meetings) {
      for (OffsetDateTime submitted : submittedAt(m.id())) {
        itemsSubmitted++;
        itemsOnTime += submitted.isAfter(m.itemDeadline()) ? 0 : 1;
      }
    }

    return new EvaluationReport(
        year,
        now,
        new EvaluationReport.Meetings(rules.meetingsPerYear(), meetings.size(), heldIds.size()),
        lines,
        items(heldIds),
        new EvaluationReport.Deadlines(
            itemsSubmitted,
            itemsOnTime,
            itemsSubmitted - itemsOnTime,
            agendasSent,
            agendasOnTime,
            minutesPublished,
            minutesOnTime),
        new EvaluationReport.Durations(
            callToAgenda.size(),
            median(callToAgenda),
            max(callToAgenda),
            meetingToMinutes.size(),
            median(meetingToMinutes),
            max(meetingToMinutes)),
        followUps(ids, date(now)),
        agreements(from, to));
  }

  private List<Row> meetings(OffsetDateTime from, OffsetDateTime to) {
    // the agenda and minutes went out when first released (klu_document, version 1 for the
    // committee); a meeting from before documents were stored has the time on the meeting
    return jdbc.sql(
            "SELECT m.id, m.title, m.starts_at, m.item_deadline, m.agenda_send_at,"
                + " m.minutes_approval_due, m.phase,"
                + " (SELECT MIN(n.created_at) FROM klu_notification n"
                + "   WHERE n.dedupe_key = CONCAT('call:', CAST(m.id AS VARCHAR(20)))) AS call_sent,"
                + " COALESCE((SELECT MIN(d.released_at) FROM klu_document d WHERE d.meeting_id ="
                + "   m.id AND d.kind = 'AGENDA' AND d.audience = 'COMMITTEE'), m.agenda_sent_at)"
                + "   AS agenda_sent,"
                + " COALESCE((SELECT MIN(d.released_at) FROM klu_document d WHERE d.meeting_id ="
                + "   m.id AND d.kind = 'MINUTES' AND d.audience = 'COMMITTEE'),"
                + "   m.minutes_published_at) AS minutes_published"
                + " FROM klu_meeting m WHERE m.starts_at >= :from AND m.starts_at < :to"
                + " ORDER BY m.starts_at, m.id")
        .param("from", from)
        .param("to", to)
        .query(
            (rs, row) ->
                new Row(
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getObject("starts_at", OffsetDateTime.class),
                    rs.getObject("item_deadline", OffsetDateTime.class),
                    rs.getObject("agenda_send_at", OffsetDateTime.class),
                    rs.getObject("minutes_approval_due", OffsetDateTime.class),
                    rs.getString("phase"),
                    rs.getObject("call_sent", OffsetDateTime.class),
                    rs.getObject("agenda_sent", OffsetDateTime.class),
                    rs.getObject("minutes_published", OffsetDateTime.class)))
        .list();
  }

  /** When each item submitted for the meeting arrived (not standing topics or carried actions). */
  private List<OffsetDateTime> submittedAt(long meetingId) {
    return jdbc.sql(
            "SELECT submitted_at FROM klu_agenda_item WHERE meeting_id = :meeting AND source ="
                + " :source ORDER BY id")
        .param("meeting", meetingId)
        .param("source", ItemSource.SUBMITTED.name())
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
        .list();
  }

  /** Items on the final agendas: topic, effective kind, source. */
  private List<String[]> onAgenda(List<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT topic, COALESCE(agenda_kind, requested_kind) AS kind, source FROM"
                + " klu_agenda_item WHERE included = TRUE AND meeting_id IN (:meetings) ORDER BY id")
        .param("meetings", meetingIds)
        .query(
            (rs, row) ->
                new String[] {rs.getString("topic"), rs.getString("kind"), rs.getString("source")})
        .list();
  }

  private EvaluationReport.Items items(List<Long> heldIds) {
    List<String[]> rows = onAgenda(heldIds);
    Map<Topic, Integer> topics = new EnumMap<>(Topic.class);
    Map<ItemSource, Integer> sources = new EnumMap<>(ItemSource.class);
    int decision = 0;
    for (String[] row : rows) {
      topics.merge(Topic.valueOf(row[0]), 1, Integer::sum);
      sources.merge(ItemSource.valueOf(row[2]), 1, Integer::sum);
      decision += ItemKind.DECISION.name().equals(row[1]) ? 1 : 0;
    }
    List<Count> byTopic = new ArrayList<>();
    topics.forEach((t, n) -> byTopic.add(new Count(t.name(), t.danish(), n)));
    List<Count> bySource = new ArrayList<>();
    for (ItemSource source : ItemSource.values()) {
      bySource.add(new Count(source.name(), source.danish(), sources.getOrDefault(source, 0)));
    }
    return new EvaluationReport.Items(
        rows.size(), decision, rows.size() - decision, byTopic, bySource);
  }

  private EvaluationReport.FollowUps followUps(List<Long> meetingIds, LocalDate today) {
    if (meetingIds.isEmpty()) {
      return new EvaluationReport.FollowUps(0, 0, 0, 0, 0);
    }
    int total = 0;
    int done = 0;
    int doneLate = 0;
    int overdue = 0;
    for (Object[] a :
        jdbc.sql(
                "SELECT status, due_date, done_at FROM klu_follow_up_action WHERE meeting_id IN"
                    + " (:meetings) ORDER BY id")
            .param("meetings", meetingIds)
            .query(
                (rs, row) ->
                    new Object[] {
                      rs.getString("status"),
                      rs.getObject("due_date", LocalDate.class),
                      rs.getObject("done_at", OffsetDateTime.class)
                    })
            .list()) {
      total++;
      LocalDate due = (LocalDate) a[1];
      if ("DONE".equals(a[0])) {
        done++;
        OffsetDateTime doneAt = (OffsetDateTime) a[2];
        doneLate += doneAt != null && date(doneAt).isAfter(due) ? 1 : 0;
      } else if (due.isBefore(today)) {
        overdue++;
      }
    }
    return new EvaluationReport.FollowUps(total, done, doneLate, overdue, total - done - overdue);
  }

  private EvaluationReport.Agreements agreements(OffsetDateTime from, OffsetDateTime to) {
    List<Agreement> registry = agreements.registry();
    List<Count> byStatus = new ArrayList<>();
    for (Map.Entry<AgreementStatus, Long> e : agreements.countsByStatus().entrySet()) {
      byStatus.add(new Count(e.getKey().name(), e.getKey().danish(), e.getValue().intValue()));
    }
    List<AgreementLine> lines = new ArrayList<>();
    int drafted = 0;
    for (Agreement a : registry) {
      drafted += !a.createdAt().isBefore(from) && a.createdAt().isBefore(to) ? 1 : 0;
      lines.add(
          new AgreementLine(
              a.id(),
              a.title(),
              a.status().danish(),
              a.route() == null ? null : a.route().danish(),
              a.effectiveDate(),
              date(a.createdAt()),
              a.implementationStatus() == null ? null : a.implementationStatus().danish(),
              a.implementationAsOf(),
              a.implementationNote()));
    }
    return new EvaluationReport.Agreements(registry.size(), drafted, byStatus, lines);
  }

  static LocalDate date(OffsetDateTime time) {
    return time.atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate();
  }

  /** Calendar days between two times in the committee's zone. */
  static int days(OffsetDateTime from, OffsetDateTime to) {
    return (int) ChronoUnit.DAYS.between(date(from), date(to));
  }

  /** The median, with one decimal (the mean of the middle two for an even count). */
  static BigDecimal median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal median =
        n % 2 == 1
            ? BigDecimal.valueOf(sorted.get(n / 2))
            : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    return median.setScale(1, RoundingMode.UNNECESSARY);
  }

  static Integer max(List<Integer> values) {
    return values.isEmpty() ? null : Collections.max(values);
  }
}
