package dk.klu.honorarium;

import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.persistence.ColumnValue;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GPs' fees for a meeting: who is on the list (from the registered attendance), what the paid
 * time is, the amounts, the secretariat's approval (after which the list is locked) and the year's
 * totals per GP. Who is paid is decided by the caller's rules (the decision table {@code
 * klu-fee-eligibility}, evaluated by the process step), so this service knows nothing of the
 * engine.
 */
@Service
public class HonorariumService {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final FeeRepository fees;
  private final AttendanceService attendance;
  private final MeetingService meetings;
  private final CommitteeProperties committee;
  private final FeeProperties properties;
  private final KluClock clock;

  public HonorariumService(
      FeeRepository fees,
      AttendanceService attendance,
      MeetingService meetings,
      CommitteeProperties committee,
      FeeProperties properties,
      KluClock clock) {
    this.fees = fees;
    this.attendance = attendance;
    this.meetings = meetings;
    this.committee = committee;
    this.properties = properties;
    this.clock = clock;
  }

  public FeeProperties properties() {
    return properties;
  }

  public Optional<FeeList> ofMeeting(long meetingId) {
    return fees.ofMeeting(meetingId);
  }

  /** The meeting's list, which must exist. */
  public FeeList get(long meetingId) {
    return fees.ofMeeting(meetingId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Der er ingen honorarliste for mødet " + meetingId + "."));
  }

  /**
   * Everyone on the meeting's attendance as the decision table sees them, in the attendance list's
   * order, a replacement right after the member they replaced. The GP chair ({@code
   * klu.committee.gp-chair-user}) is one of the appointed GP members; the KLU chair is the
   * municipality's. Paid seats are numbered: first the appointed members present, in the list's
   * order, then the replacements, in the order of the members they replaced.
   */
  public List<FeeCandidate> candidates(long meetingId) {
    List<Attendee> people = attendance.of(meetingId);
    List<FeeCandidate> candidates = new ArrayList<>();
    for (Attendee a : people) {
      Participation participation = participation(a);
      candidates.add(
          new FeeCandidate(
              a.name(), a.userId(), roleText(a, participation), participation, null, null));
      if (participation == Participation.APPOINTED_GP_REPLACED) {
        candidates.add(
            new FeeCandidate(
                a.replacedBy() == null || a.replacedBy().isBlank()
                    ? "Stedfortræder for " + a.name()
                    : a.replacedBy().strip(),
                null,
                "Stedfortræder for " + a.name(),
                Participation.REPLACEMENT_GP,
                a.name(),
                null));
      }
    }
    int seat = 0;
    for (Participation kind :
        List.of(Participation.APPOINTED_GP_PRESENT, Participation.REPLACEMENT_GP)) {
      for (int i = 0; i < candidates.size(); i++) {
        FeeCandidate c = candidates.get(i);
        if (c.participation() == kind) {
          candidates.set(
              i,
              new FeeCandidate(c.name(), c.userId(), c.roleText(), kind, c.replacesName(), ++seat));
        }
      }
    }
    return candidates;
  }

  private Participation participation(Attendee a) {
    boolean gpChair = a.userId() != null && a.userId().equals(committee.gpChairUser());
    return switch (a.role()) {
      case ADDITIONAL_GP -> Participation.ADDITIONAL_GP;
      case PRACTICE_CONSULTANT -> Participation.PRACTICE_CONSULTANT;
      case MUNICIPAL_MEMBER, HOSPITAL_MEMBER, SECRETARY -> Participation.MUNICIPAL_MEMBER;
      // attendance registered before the roster named the GP chair by the chairs' group
      case CHAIR -> gpChair ? appointed(a) : Participation.MUNICIPAL_MEMBER;
      case GP_CHAIR, GP_MEMBER -> appointed(a);
    };
  }

  private static Participation appointed(Attendee a) {
    return switch (a.status()) {
      case PRESENT -> Participation.APPOINTED_GP_PRESENT;
      case ABSENT -> Participation.APPOINTED_GP_ABSENT;
      case REPLACED -> Participation.APPOINTED_GP_REPLACED;
    };
  }

  private String roleText(Attendee a, Participation participation) {
    if (a.role() == Attendee.Role.CHAIR) {
      return participation == Participation.MUNICIPAL_MEMBER ? "Formand for KLU" : "PLO-formand";
    }
    if (a.role() == Attendee.Role.GP_CHAIR) {
      return "PLO-formand";
    }
    return a.role().danish();
  }

  /** The paid time of the meeting in hours, as {@code klu.fees.*} counts it. */
  public BigDecimal hours(Meeting meeting) {
    BigDecimal hours =
        properties.timeBasis() == FeeProperties.TimeBasis.FIXED_HOURS
            ? properties.fixedHours()
            : BigDecimal.valueOf(Duration.between(meeting.startsAt(), meeting.endsAt()).toMinutes())
                .divide(SIXTY, 6, RoundingMode.HALF_UP);
    if (properties.roundUpToHalfHour()) {
      hours = hours.divide(HALF, 0, RoundingMode.CEILING).multiply(HALF);
    }
    return hours.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Computes (or recomputes) the meeting's fee list from its attendance: the rules decide per
   * person, the paid ones get the meeting's hours at the rate. Refused once the list is approved.
   */
  @Transactional
  public FeeList compute(
      long meetingId, Function<FeeCandidate, FeeDecision> rules, String processInstanceId) {
    Meeting meeting = meetings.get(meetingId);
    FeeList existing = fees.ofMeeting(meetingId).orElse(null);
    if (existing != null && existing.approved()) {
      throw new IllegalStateException(locked(meeting));
    }
    long listId =
        existing != null ? existing.id() : fees.insert(meetingId, processInstanceId, clock.now());
    BigDecimal hours = hours(meeting);
    BigDecimal rate = properties.rate().setScale(2, RoundingMode.HALF_UP);
    List<FeeLine> lines = new ArrayList<>();
    for (FeeCandidate c : candidates(meetingId)) {
      FeeDecision decision = rules.apply(c);
      BigDecimal paidHours = decision.paid() ? hours : BigDecimal.ZERO.setScale(2);
      lines.add(
          new FeeLine(
              lines.size() + 1,
              ColumnValue.fit(c.name(), 200),
              c.userId(),
              ColumnValue.fit(c.roleText(), 100),
              c.participation(),
              ColumnValue.fit(c.replacesName(), 200),
              c.seatNumber(),
              decision.paid(),
              ColumnValue.fit(decision.reason(), 500),
              paidHours,
              paidHours.multiply(rate).setScale(2, RoundingMode.HALF_UP)));
    }
    fees.replace(
        listId,
        properties.paidSeats(),
        properties.timeBasis(),
        hours,
        rate,
        lines,
        processInstanceId,
        clock.now());
    return get(meetingId);
  }

  /** The secretariat sends the list back to have the attendance corrected. */
  @Transactional
  public FeeList sendBack(long meetingId, String reason) {
    FeeList list = awaiting(meetingId);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "Feltet \"Hvad skal rettes?\" skal udfyldes, når listen sendes tilbage.");
    }
    fees.sentBack(list.id(), ColumnValue.fit(reason.strip(), 2000), clock.now());
    return get(meetingId);
  }

  /** The secretariat approves the list: from now on it is locked. */
  @Transactional
  public FeeList approve(long meetingId, String by) {
    FeeList list = awaiting(meetingId);
    fees.approve(list.id(), by, clock.now());
    return get(meetingId);
  }

  /** A reminder about the approval went out; returns how many so far. */
  @Transactional
  public int recordReminder(long meetingId) {
    FeeList list = get(meetingId);
    fees.reminded(list.id(), clock.now());
    return list.reminders() + 1;
  }

  private FeeList awaiting(long meetingId) {
    FeeList list = get(meetingId);
    if (list.approved()) {
      throw new IllegalStateException(locked(meetings.get(meetingId)));
    }
    if (list.status() != FeeListStatus.AWAITING_APPROVAL) {
      throw new IllegalStateException(
          "Honorarlisten for "
              + meetings.get(meetingId).label()
              + " er "
              + list.status().danish().toLowerCase(Locale.ROOT)
              + ".");
    }
    return list;
  }

  private static String locked(Meeting meeting) {
    return "Honorarlisten for " + meeting.label() + " er godkendt og låst.";
  }

  /** The approved lists of the meetings held in the year (Danish time), in meeting order. */
  public List<ApprovedList> approvedInYear(int year) {
    return fees.approved().stream()
        .map(list -> new ApprovedList(meetings.get(list.meetingId()), list))
        .filter(
            l ->
                l.meeting().startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE).getYear()
                    == year)
        .sorted(Comparator.comparing(l -> l.meeting().startsAt()))
        .toList();
  }

  /**
   * What each GP was paid in the year, from the approved lists: a GP with a user id is one person
   * whatever their name; a replacement without one is known by name (case and spaces ignored).
   * Ordered by name.
   */
  public List<YearTotal> yearTotals(int year) {
    Map<String, YearTotal> totals = new LinkedHashMap<>();
    for (ApprovedList approved : approvedInYear(year)) {
      for (FeeLine line : approved.list().paidLines()) {
        String key =
            line.userId() != null
                ? "user:" + line.userId()
                : "name:" + line.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        totals.merge(
            key,
            new YearTotal(line.name(), line.userId(), 1, line.hours(), line.amount()),
            (a, b) ->
                new YearTotal(
                    a.name(),
                    a.userId(),
                    a.meetings() + b.meetings(),
                    a.hours().add(b.hours()),
                    a.amount().add(b.amount())));
      }
    }
    return totals.values().stream()
        .sorted(
            Comparator.comparing((YearTotal t) -> t.name().toLowerCase(Locale.ROOT))
                .thenComparing(t -> t.userId() == null ? "" : t.userId()))
        .toList();
  }

  /** An approved list with its meeting. */
  public record ApprovedList(Meeting meeting, FeeList list) {}
}
