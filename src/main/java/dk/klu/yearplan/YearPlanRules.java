package dk.klu.yearplan;

import dk.klu.meeting.Meeting;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a year plan must keep, in Danish messages. Pure: no database, no engine; the clock and
 * the rules of procedure come in as arguments, so the rules are tested for every day of a year.
 *
 * <ul>
 *   <li>at least {@link #NATIONAL_MINIMUM} meetings (national guidance), at most {@link
 *       #MAX_MEETINGS} (the form's rows)
 *   <li>every meeting inside the plan's year, on a working day (no weekend, public holiday or
 *       customary day off), ending after it starts and lasting at most {@link #MAX_DURATION}
 *   <li>its call for items not yet due (else the cycle would be cut short)
 *   <li>meetings in date order, far enough apart for a whole cycle: the next meeting's call goes
 *       out only after the previous meeting's minutes are due to be approved
 *   <li>a dialogue meeting inside the year, on a working day, not on a KLU meeting day, and still
 *       announceable the configured lead time (three months) ahead
 *   <li>every strategic topic named and assigned to one of the year's meetings
 * </ul>
 */
public final class YearPlanRules {

  /** The national guidance: at least two meetings a year. */
  public static final int NATIONAL_MINIMUM = 2;

  /** The year plan form has this many meeting rows. */
  public static final int MAX_MEETINGS = 6;

  /** The national guidance: a meeting lasts up to three hours. */
  public static final Duration MAX_DURATION = Duration.ofHours(3);

  private YearPlanRules() {}

  /** Everything wrong with a new plan; empty when it may be stored. */
  public static List<String> check(
      YearPlanDraft draft, RulesOfProcedure rules, OffsetDateTime now, Period dialogueLead) {
    int thisYear = now.atZoneSameInstant(MeetingSchedule.KLU_ZONE).getYear();
    if (draft.year() < thisYear) {
      return List.of(
          "Året " + draft.year() + " er allerede gået; vælg " + thisYear + " eller senere.");
    }
    if (draft.year() > thisYear + 2) {
      return List.of("Årshjulet kan planlægges højst to år frem (senest " + (thisYear + 2) + ").");
    }
    List<String> problems = new ArrayList<>();
    int count = draft.meetings().size();
    if (count < NATIONAL_MINIMUM) {
      problems.add(
          "Planlæg mindst "
              + NATIONAL_MINIMUM
              + " møder om året (national vejledning); forretningsordenen ("
              + rules.name()
              + ") planlægger "
              + rules.meetingsPerYear()
              + ".");
    }
    if (count >= NATIONAL_MINIMUM
        && count < rules.meetingsPerYear()
        && !draft.fewerMeetingsConfirmed()) {
      problems.add(
          "Forretningsordenen ("
              + rules.name()
              + ") har "
              + rules.meetingsPerYear()
              + " møder om året; årshjulet har "
              + count
              + ". Tilføj møder, eller sæt flueben i \"Færre møder end forretningsordenen\".");
    }
    if (count > MAX_MEETINGS) {
      problems.add("Årshjulet kan højst have " + MAX_MEETINGS + " møder.");
    }
    Set<Integer> all = new java.util.HashSet<>();
    draft.meetings().forEach(m -> all.add(m.number()));
    problems.addAll(checkMeetings(draft.year(), draft.meetings(), rules, now, all));
    problems.addAll(checkDialogue(draft, now, dialogueLead));
    for (StrategicTopic topic : draft.topics()) {
      if (topic.title() == null || topic.title().isBlank()) {
        problems.add("Strategisk emne " + topic.number() + ": skriv emnet.");
      }
      if (topic.meetingNumber() < 1 || topic.meetingNumber() > count) {
        problems.add(
            "Strategisk emne "
                + topic.number()
                + ": vælg hvilket af årets "
                + count
                + " møder det skal på.");
      }
    }
    return problems;
  }

  /**
   * The meetings' own rules. Only the meetings in {@code ahead} must still have their call for
   * items ahead of them (when one meeting is moved, the others may already be running).
   */
  public static List<String> checkMeetings(
      int year,
      List<PlannedMeeting> meetings,
      RulesOfProcedure rules,
      OffsetDateTime now,
      Set<Integer> ahead) {
    List<String> problems = new ArrayList<>();
    Map<Integer, MeetingSchedule> schedules = new HashMap<>();
    for (PlannedMeeting m : meetings) {
      String name = "Møde " + m.number();
      if (m.date() == null) {
        problems.add(name + ": vælg en dato.");
        continue;
      }
      if (m.start() == null || m.end() == null) {
        problems.add(name + ": angiv hvornår mødet starter og slutter.");
        continue;
      }
      String when = " (" + Meeting.danishDate(m.date()) + ")";
      if (m.date().getYear() != year) {
        problems.add(name + when + " ligger ikke i " + year + ".");
        continue;
      }
      if (!m.end().isAfter(m.start())) {
        problems.add(name + when + ": mødet skal slutte efter det starter.");
      } else if (Duration.between(m.start(), m.end()).compareTo(MAX_DURATION) > 0) {
        problems.add(name + when + ": et møde varer højst 3 timer (national vejledning).");
      }
      if (m.location() == null || m.location().isBlank()) {
        problems.add(name + when + ": angiv mødested.");
      }
      MeetingSchedule schedule;
      try {
        schedule = MeetingSchedule.compute(m.startsAt(), rules);
      } catch (IllegalArgumentException e) {
        problems.add(name + ": " + e.getMessage() + ".");
        continue;
      }
      if (ahead.contains(m.number()) && !schedule.callDate().toOffsetDateTime().isAfter(now)) {
        problems.add(
            name
                + when
                + ": indkaldelsen af punkter skulle sendes "
                + Meeting.danishDate(schedule.callDate().toLocalDate())
                + " ("
                + RulesOfProcedure.inWords(rules.callLeadTime())
                + " før efter forretningsordenen), og den dag er gået; vælg en senere"
                + " dato.");
      }
      schedules.put(m.number(), schedule);
    }
    for (int i = 1; i < meetings.size(); i++) {
      PlannedMeeting previous = meetings.get(i - 1);
      PlannedMeeting next = meetings.get(i);
      if (previous.date() == null || next.date() == null) {
        continue;
      }
      if (!next.date().isAfter(previous.date())) {
        problems.add(
            "Møderne skal stå i datoorden, ét møde pr. dag: møde "
                + next.number()
                + " ("
                + Meeting.danishDate(next.date())
                + ") ligger ikke efter møde "
                + previous.number()
                + " ("
                + Meeting.danishDate(previous.date())
                + ").");
        continue;
      }
      MeetingSchedule a = schedules.get(previous.number());
      MeetingSchedule b = schedules.get(next.number());
      if (a != null && b != null && !b.callDate().isAfter(a.minutesApprovalDue())) {
        problems.add(
            "Møde "
                + next.number()
                + " ("
                + Meeting.danishDate(next.date())
                + ") ligger for tæt på møde "
                + previous.number()
                + " ("
                + Meeting.danishDate(previous.date())
                + "): indkaldelsen til møde "
                + next.number()
                + " skal sendes "
                + Meeting.danishDate(b.callDate().toLocalDate())
                + ", men referatet fra møde "
                + previous.number()
                + " skal først være godkendt "
                + Meeting.danishDate(a.minutesApprovalDue().toLocalDate())
                + ". Der skal være plads til en hel mødecyklus mellem to møder.");
      }
    }
    return problems;
  }

  /** The dialogue meeting's rules. */
  public static List<String> checkDialogue(
      YearPlanDraft draft, OffsetDateTime now, Period announcementLead) {
    if (!draft.dialoguePlanned()) {
      return List.of();
    }
    LocalDate date = draft.dialogueDate();
    if (date == null) {
      return List.of("Vælg datoen for dialogmødet, eller fjern krydset ved dialogmøde.");
    }
    String when = "Dialogmødet (" + Meeting.danishDate(date) + ")";
    if (date.getYear() != draft.year()) {
      return List.of(when + " ligger ikke i " + draft.year() + ".");
    }
    List<String> problems = new ArrayList<>();
    if (DanishHolidays.isNonWorkingDay(date)) {
      problems.add(
          when
              + " ligger på en "
              + DanishHolidays.holiday(date)
                  .map(h -> "helligdag eller fridag (" + h.name() + ")")
                  .orElse("weekend")
              + "; vælg en hverdag.");
    }
    LocalDate announceBy = announcementDate(date, announcementLead);
    LocalDate today = now.atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate();
    if (announceBy.isBefore(today)) {
      problems.add(
          when
              + " skal annonceres mindst 3 måneder før, altså senest "
              + Meeting.danishDate(announceBy)
              + ", og den dag er gået; vælg en senere dato.");
    }
    for (PlannedMeeting m : draft.meetings()) {
      if (date.equals(m.date())) {
        problems.add(when + " kan ikke ligge samme dag som møde " + m.number() + ".");
      }
    }
    return problems;
  }

  /** The day the dialogue meeting is announced: the lead time before, on a working day. */
  public static LocalDate announcementDate(LocalDate dialogueDate, Period lead) {
    return DanishHolidays.workingDayOnOrBefore(dialogueDate.minus(lead));
  }
}
