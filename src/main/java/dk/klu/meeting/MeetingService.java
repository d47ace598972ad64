package dk.klu.meeting;

import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans meetings and moves them through their phases. Knows nothing of mail or the engine. */
@Service
public class MeetingService {

  public static final String DEFAULT_TITLE = "KLU-møde";

  private final MeetingRepository meetings;
  private final RulesOfProcedure rules;
  private final KluClock clock;

  public MeetingService(MeetingRepository meetings, RulesOfProcedure rules, KluClock clock) {
    this.meetings = meetings;
    this.rules = rules;
    this.clock = clock;
  }

  /** Checks a meeting start before anything is stored; returns Danish messages, empty if fine. */
  public List<String> checkStart(String meetingStart) {
    try {
      ZonedDateTime start = parseStart(meetingStart);
      if (!start.toOffsetDateTime().isAfter(clock.now())) {
        return List.of("Mødets start skal ligge i fremtiden.");
      }
      MeetingSchedule.compute(start, rules);
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }

  /**
   * Checks a meeting start from the secretariat's planning form: as {@link #checkStart(String)},
   * and a meeting so near that the call for items should already have gone out is refused unless
   * the secretariat confirms the short notice; members then get less time than the rules give. A
   * meeting whose item deadline has already passed cannot be planned at all: nobody could send an
   * item. (The application's own default; the rules of procedure say nothing about short notice.)
   */
  public List<String> checkPlanned(String meetingStart, boolean shortNoticeConfirmed) {
    List<String> problems = checkStart(meetingStart);
    if (!problems.isEmpty()) {
      return problems;
    }
    MeetingSchedule s = MeetingSchedule.compute(parseStart(meetingStart), rules);
    OffsetDateTime now = clock.now();
    if (!s.itemDeadline().toOffsetDateTime().isAfter(now)) {
      return List.of(
          "Fristen for at indsende punkter til et møde den "
              + Meeting.danishDate(s.meetingStart().toLocalDate())
              + " ville være "
              + Meeting.danish(s.itemDeadline().toOffsetDateTime())
              + ", og den er allerede overskredet. Vælg en senere mødedato.");
    }
    if (s.callDate().toOffsetDateTime().isBefore(now) && !shortNoticeConfirmed) {
      return List.of(
          "Indkaldelsen af punkter skulle efter forretningsordenen være sendt "
              + Meeting.danish(s.callDate().toOffsetDateTime())
              + ". Planlægges mødet nu, sendes indkaldelsen med det samme, og medlemmerne har kun"
              + " til "
              + Meeting.danish(s.itemDeadline().toOffsetDateTime())
              + " til at indsende punkter. Vælg en senere dato, eller sæt flueben i \"Planlæg med"
              + " kort varsel\".");
    }
    return List.of();
  }

  /**
   * Plans a meeting: computes its deadlines from the rules of procedure and stores it. A planned
   * end comes from the year plan; without one the meeting lasts the rules' meeting duration.
   */
  @Transactional
  public Meeting plan(
      String meetingStart,
      String meetingEnd,
      String location,
      String title,
      String createdBy,
      String processInstanceId) {
    MeetingSchedule schedule = validSchedule(meetingStart, meetingEnd);
    String name = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    long id =
        meetings.insert(
            name,
            location.strip(),
            rules.name(),
            schedule,
            createdBy,
            processInstanceId,
            clock.now());
    return get(id);
  }

  /**
   * Moves a planned meeting to a new start (and end): its deadlines are computed again from the
   * rules of procedure and stored. Only while the call for items has not gone out.
   */
  @Transactional
  public Meeting reschedule(long id, String meetingStart, String meetingEnd) {
    Meeting meeting = get(id);
    if (meeting.phase() != MeetingPhase.PLANNED) {
      throw new IllegalArgumentException(
          "Indkaldelsen af punkter til mødet er allerede sendt; mødet kan ikke flyttes.");
    }
    MeetingSchedule schedule = validSchedule(meetingStart, meetingEnd);
    meetings.reschedule(id, schedule, clock.now());
    return get(id);
  }

  /** The schedule for a start (and end); the Danish problems of {@link #checkStart} if invalid. */
  private MeetingSchedule validSchedule(String meetingStart, String meetingEnd) {
    List<String> problems = checkStart(meetingStart);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return withEnd(MeetingSchedule.compute(parseStart(meetingStart), rules), meetingEnd);
  }

  /** The schedule of a planned meeting, as its process variables hold it. */
  public MeetingSchedule schedule(Meeting meeting) {
    return withEnd(
        MeetingSchedule.compute(
            meeting.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE), rules),
        meeting.endsAt().toString());
  }

  private static MeetingSchedule withEnd(MeetingSchedule s, String meetingEnd) {
    if (meetingEnd == null || meetingEnd.isBlank()) {
      return s;
    }
    ZonedDateTime end = parseStart(meetingEnd);
    if (!end.isAfter(s.meetingStart())) {
      throw new IllegalArgumentException("Mødets slut skal ligge efter mødets start.");
    }
    return new MeetingSchedule(
        s.meetingStart(),
        end,
        s.callDate(),
        s.intakeReminder(),
        s.itemDeadline(),
        s.triageDue(),
        s.chairReviewDue(),
        s.casePresentationDue(),
        s.agendaSendDate(),
        s.minutesDraftDue(),
        s.minutesApprovalDue());
  }

  /**
   * The meeting a process runs: the meeting must be registered with that process instance (the
   * meeting's own instance, which its called steps name as their root).
   */
  public Meeting ofProcess(long id, String processInstanceId) {
    Meeting m = get(id);
    if (m.processInstanceId() == null || !m.processInstanceId().equals(processInstanceId)) {
      throw new IllegalStateException(
          "Mødet " + id + " hører ikke til denne proces (" + processInstanceId + ").");
    }
    return m;
  }

  public Meeting get(long id) {
    return meetings
        .find(id)
        .orElseThrow(() -> new IllegalArgumentException("Mødet " + id + " findes ikke."));
  }

  /**
   * The meeting whose intake is open now, read again under a row lock held until the caller's
   * transaction ends. Closing the intake updates the same row, so an item placed in the meeting is
   * committed before the intake closes (and is among the items to triage), or the placing
   * transaction waits for the close and sees the intake closed. Call inside a transaction.
   */
  public java.util.Optional<Meeting> openForItemsLocked() {
    for (Meeting candidate : meetings.inPhases(List.of(MeetingPhase.INTAKE_OPEN))) {
      java.util.Optional<Meeting> locked = meetings.lock(candidate.id());
      if (locked.isPresent() && locked.get().phase() == MeetingPhase.INTAKE_OPEN) {
        return locked;
      }
    }
    return java.util.Optional.empty();
  }

  /** The meeting whose intake has closed but whose agenda is not yet drafted, if any. */
  public java.util.Optional<Meeting> inTriage() {
    return meetings.inPhases(List.of(MeetingPhase.INTAKE_CLOSED)).stream().findFirst();
  }

  @Transactional
  public void moveTo(long id, MeetingPhase phase) {
    meetings.setPhase(id, phase, clock.now());
  }

  public List<Meeting> all() {
    return meetings.all();
  }

  public OffsetDateTime now() {
    return clock.now();
  }

  /**
   * Reads a meeting start as the form sends it: {@code 2027-03-11T14:00}, optionally with seconds
   * or an offset; a time without offset is Danish local time.
   */
  public static ZonedDateTime parseStart(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Mødets start skal udfyldes.");
    }
    try {
      return OffsetDateTime.parse(value).atZoneSameInstant(MeetingSchedule.KLU_ZONE);
    } catch (DateTimeParseException ignored) {
      // no offset: local time
    }
    try {
      return LocalDateTime.parse(value).atZone(MeetingSchedule.KLU_ZONE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Mødets start \"" + value + "\" er ikke en gyldig dato og tid (ÅÅÅÅ-MM-DDTTT:MM).");
    }
  }

  /** When each meeting was created and its public facts last changed (open data). */
  public java.util.Map<Long, MeetingRepository.Stamps> stamps() {
    return meetings.stamps();
  }
}
