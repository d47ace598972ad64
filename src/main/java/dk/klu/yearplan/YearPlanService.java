package dk.klu.yearplan;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.Topic;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year plan: checks and stores it, places its strategic topics on the meetings, moves a
 * meeting, and keeps the dialogue meeting. Knows nothing of mail or the engine.
 */
@Service
public class YearPlanService {

  /** The title of the item on the year's last meeting where next year's topics are agreed. */
  public static final String YEAR_WHEEL_TITLE = "Årshjul for næste år";

  private final YearPlanRepository plans;
  private final MeetingService meetings;
  private final AgendaItemService items;
  private final RulesOfProcedure rules;
  private final YearPlanProperties properties;
  private final KluClock clock;

  public YearPlanService(
      YearPlanRepository plans,
      MeetingService meetings,
      AgendaItemService items,
      RulesOfProcedure rules,
      YearPlanProperties properties,
      KluClock clock) {
    this.plans = plans;
    this.meetings = meetings;
    this.items = items;
    this.rules = rules;
    this.properties = properties;
    this.clock = clock;
  }

  /** Everything wrong with a new plan (Danish); empty when it may be stored. */
  public List<String> check(YearPlanDraft draft) {
    if (plans.ofYear(draft.year()).isPresent()) {
      return List.of(
          "Der findes allerede et årshjul for "
              + draft.year()
              + ". Der kan kun være ét årshjul pr. år; flyt i stedet de enkelte møder.");
    }
    return YearPlanRules.check(draft, rules, clock.now(), properties.dialogueAnnouncementLead());
  }

  /** Stores a checked plan with its meetings, topics and dialogue meeting. */
  @Transactional
  public YearPlan register(YearPlanDraft draft, String createdBy, String processInstanceId) {
    List<String> problems = check(draft);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    LocalDate dialogue = draft.dialoguePlanned() ? draft.dialogueDate() : null;
    long id = plans.insertPlan(draft.year(), dialogue, createdBy, processInstanceId, clock.now());
    draft.meetings().forEach(m -> plans.insertMeeting(id, m));
    draft.topics().forEach(t -> plans.insertTopic(id, t));
    if (dialogue != null) {
      plans.insertDialogue(id, dialogue);
    }
    return get(id);
  }

  public YearPlan get(long id) {
    return plans
        .find(id)
        .orElseThrow(() -> new IllegalArgumentException("Årshjulet " + id + " findes ikke."));
  }

  public Optional<YearPlan> ofYear(int year) {
    return plans.ofYear(year);
  }

  public List<YearPlan> all() {
    return plans.all();
  }

  public List<YearPlanMeeting> meetings(long planId) {
    return plans.meetings(planId);
  }

  public List<YearPlanTopic> topics(long planId) {
    return plans.topics(planId);
  }

  public Optional<DialogueMeeting> dialogue(long planId) {
    return plans.dialogue(planId);
  }

  /** Notes that the plan's meeting now runs as the given klu_meeting. */
  @Transactional
  public void meetingStarted(long planMeetingId, long meetingId) {
    plans.setMeeting(planMeetingId, meetingId);
  }

  /**
   * Puts each strategic topic on its meeting's agenda, and "Årshjul for næste år" on the year's
   * last meeting; what is already placed stays as it is. Returns the new items.
   */
  @Transactional
  public List<Long> placeTopics(long planId, String createdBy) {
    YearPlan plan = get(planId);
    List<YearPlanMeeting> planned = plans.meetings(planId);
    List<Long> placed = new ArrayList<>();
    for (YearPlanTopic topic : plans.topics(planId)) {
      if (topic.itemId() != null) {
        continue;
      }
      YearPlanMeeting meeting = planned.get(topic.meetingNumber() - 1);
      long item =
          items.addFromYearPlan(
              started(meeting),
              topic.title(),
              topic.topic(),
              description(topic, plan.year()),
              createdBy);
      plans.setTopicItem(topic.id(), item);
      placed.add(item);
    }
    if (plan.yearWheelItemId() == null) {
      YearPlanMeeting last = planned.get(planned.size() - 1);
      long item =
          items.addFromYearPlan(
              started(last),
              YEAR_WHEEL_TITLE,
              Topic.ANDET,
              "Udvalget aftaler de strategiske emner for "
                  + (plan.year() + 1)
                  + ", hvilket møde hvert emne skal behandles på, og om der skal holdes et"
                  + " dialogmøde. Skriv beslutningen i referatet: sekretariatet forbereder"
                  + " årshjulet for "
                  + (plan.year() + 1)
                  + " ud fra den.",
              createdBy);
      plans.setYearWheelItem(planId, item);
      placed.add(item);
    }
    return placed;
  }

  private static long started(YearPlanMeeting meeting) {
    if (meeting.meetingId() == null) {
      throw new IllegalStateException("Møde " + meeting.number() + " er ikke oprettet endnu.");
    }
    return meeting.meetingId();
  }

  private static String description(YearPlanTopic topic, int year) {
    String agreed =
        "Strategisk emne for " + year + ", aftalt på sidste års sidste møde (årshjulet).";
    return topic.description() == null || topic.description().isBlank()
        ? agreed
        : topic.description().strip() + "\n\n" + agreed;
  }

  /** The plan meeting as the rules see it. */
  static PlannedMeeting planned(YearPlanMeeting m) {
    var start = m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
    var end = m.endsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
    return new PlannedMeeting(
        m.number(), start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), m.location());
  }

  /**
   * What is wrong with moving meeting {@code number} of the year's plan (Danish); empty if it may
   * be moved. Only before its call for items went out; the same rules as a new plan.
   */
  public List<String> checkReschedule(
      int year, int number, LocalDate date, LocalTime start, LocalTime end) {
    Optional<YearPlan> plan = plans.ofYear(year);
    if (plan.isEmpty()) {
      return List.of("Der findes intet årshjul for " + year + ".");
    }
    List<YearPlanMeeting> planned = plans.meetings(plan.get().id());
    if (number < 1 || number > planned.size()) {
      return List.of("Årshjulet for " + year + " har ikke et møde nr. " + number + ".");
    }
    if (date == null || start == null || end == null) {
      return List.of("Angiv ny dato, starttid og sluttid for mødet.");
    }
    YearPlanMeeting moved = planned.get(number - 1);
    if (moved.meetingId() != null) {
      Meeting meeting = meetings.get(moved.meetingId());
      if (meeting.phase() != MeetingPhase.PLANNED || !meeting.callDate().isAfter(clock.now())) {
        return List.of(
            "Møde "
                + number
                + " kan ikke længere flyttes: indkaldelsen af punkter gik ud "
                + Meeting.danish(meeting.callDate())
                + ", og medlemmerne arbejder nu mod mødets frister. Aftal en løsning med"
                + " formandskabet.");
      }
    }
    List<PlannedMeeting> after = new ArrayList<>();
    for (YearPlanMeeting m : planned) {
      after.add(m.number() == number ? planned(m).movedTo(date, start, end) : planned(m));
    }
    List<String> problems =
        new ArrayList<>(
            YearPlanRules.checkMeetings(year, after, rules, clock.now(), Set.of(number)));
    if (date.equals(plan.get().dialogueDate())) {
      problems.add("Dialogmødet ligger allerede " + Meeting.danishDate(date) + ".");
    }
    return problems;
  }

  /** Moves meeting {@code number}: the plan and the stored meeting with its deadlines. */
  @Transactional
  public Meeting reschedule(
      int year, int number, LocalDate date, LocalTime start, LocalTime end, String by) {
    List<String> problems = checkReschedule(year, number, date, start, end);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    YearPlanMeeting m = plans.meetings(plans.ofYear(year).orElseThrow().id()).get(number - 1);
    PlannedMeeting moved = planned(m).movedTo(date, start, end);
    plans.moveMeeting(m.id(), moved, by, clock.now());
    if (m.meetingId() == null) {
      return null;
    }
    return meetings.reschedule(
        m.meetingId(),
        moved.startsAt().toOffsetDateTime().toString(),
        moved.endsAt().toOffsetDateTime().toString());
  }

  /**
   * The plan whose last meeting this is, if a plan started the meeting and it is its year's last
   * (the meeting that has "Årshjul for næste år").
   */
  public Optional<YearPlan> planEndingWith(long meetingId) {
    return plans
        .byMeeting(meetingId)
        .map(m -> get(m.planId()))
        .filter(
            p -> {
              List<YearPlanMeeting> all = plans.meetings(p.id());
              return Long.valueOf(meetingId).equals(all.get(all.size() - 1).meetingId());
            });
  }

  /** What the committee decided under "Årshjul for næste år", from the minutes. */
  public String yearWheelDecision(long planId) {
    YearPlan plan = get(planId);
    if (plan.yearWheelItemId() == null) {
      return "";
    }
    AgendaItem item = items.get(plan.yearWheelItemId());
    StringBuilder text = new StringBuilder();
    if (item.minutesDecision() != null && !item.minutesDecision().isBlank()) {
      text.append(item.minutesDecision().strip());
    }
    if (item.minutesDiscussion() != null && !item.minutesDiscussion().isBlank()) {
      text.append(text.length() > 0 ? "\n\nDrøftelse: " : "Drøftelse: ")
          .append(item.minutesDiscussion().strip());
    }
    return text.toString();
  }

  /**
   * Next year's meetings as a first proposal: the same weekday 52 weeks later, at the same times
   * and place, a week later again while that day is not a working day.
   */
  public List<PlannedMeeting> proposedNextYear(long planId) {
    YearPlan plan = get(planId);
    List<PlannedMeeting> proposal = new ArrayList<>();
    for (YearPlanMeeting m : plans.meetings(planId)) {
      PlannedMeeting now = planned(m);
      LocalDate date = now.date().plusWeeks(52);
      while (DanishHolidays.isNonWorkingDay(date)) {
        date = date.plusWeeks(1);
      }
      if (date.getYear() == plan.year() + 1) {
        proposal.add(
            new PlannedMeeting(proposal.size() + 1, date, now.start(), now.end(), now.location()));
      }
    }
    return proposal;
  }

  /** Notes that next year's plan was started from this one. */
  @Transactional
  public void nextYearStarted(long planId) {
    plans.setNextYearStarted(planId, clock.now());
  }

  @Transactional
  public void dialogueAnnounced(long planId) {
    plans.setAnnounced(planId, clock.now());
  }

  @Transactional
  public void planDialogue(long planId, String place, String programme, String by) {
    plans.setDialoguePlan(planId, place, programme, by, clock.now());
  }

  /** Archives the dialogue meeting's summary (once; a retried step changes nothing). */
  @Transactional
  public void archiveDialogueSummary(long planId, String summary, Integer participants, String by) {
    plans.archiveSummary(planId, summary, participants, by, clock.now());
  }

  public OffsetDateTime now() {
    return clock.now();
  }
}
