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
import dk.klu.evaluation.EvaluationRepository.Action;
import dk.klu.evaluation.EvaluationRepository.MeetingTimes;
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
import org.springframework.stereotype.Component;

/**
 * Computes the {@link EvaluationReport} for a calendar year from the committee's tables (as {@link
 * EvaluationRepository} reads them) and the registry of local agreements. A meeting belongs to the
 * year it starts in (Europe/Copenhagen).
 */
@Component
public record EvaluationReportGenerator(
    EvaluationRepository tables,
    AgreementService agreements,
    RulesOfProcedure rules,
    KluClock clock) {

  /** The report for the year as the data stands now. */
  public EvaluationReport generate(int year) {
    OffsetDateTime now = clock.now();
    OffsetDateTime from =
        LocalDate.of(year, 1, 1).atStartOfDay(MeetingSchedule.KLU_ZONE).toOffsetDateTime();
    OffsetDateTime to =
        LocalDate.of(year + 1, 1, 1).atStartOfDay(MeetingSchedule.KLU_ZONE).toOffsetDateTime();
    List<MeetingTimes> meetings = tables.meetings(from, to);
    List<Long> ids = meetings.stream().map(MeetingTimes::id).toList();
    List<Long> heldIds =
        meetings.stream().filter(MeetingTimes::held).map(MeetingTimes::id).toList();

    List<MeetingLine> lines = new ArrayList<>();
    int agendasSent = 0;
    int agendasOnTime = 0;
    int minutesPublished = 0;
    int minutesOnTime = 0;
    List<Integer> callToAgenda = new ArrayList<>();
    List<Integer> meetingToMinutes = new ArrayList<>();
    for (MeetingTimes m : meetings) {
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
              m.held() ? tables.onAgenda(List.of(m.id())).size() : 0,
              agendaOnTime,
              minutesInTime,
              daysCallToAgenda,
              daysToMinutes));
    }

    int itemsSubmitted = 0;
    int itemsOnTime = 0;
    for (MeetingTimes m : meetings) {
      for (OffsetDateTime submitted : tables.submittedAt(m.id())) {
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

  private EvaluationReport.Items items(List<Long> heldIds) {
    List<String[]> rows = tables.onAgenda(heldIds);
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
    List<Action> actions = tables.actions(meetingIds);
    int done = 0;
    int doneLate = 0;
    int overdue = 0;
    for (Action a : actions) {
      if (a.done()) {
        done++;
        doneLate += a.doneAt() != null && date(a.doneAt()).isAfter(a.due()) ? 1 : 0;
      } else if (a.due().isBefore(today)) {
        overdue++;
      }
    }
    int total = actions.size();
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
    List<Integer> sorted = values.stream().sorted().toList();
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
