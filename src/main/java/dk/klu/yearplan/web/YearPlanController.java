package dk.klu.yearplan.web;

import dk.klu.http.InvalidInput;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import dk.klu.yearplan.DialogueMeeting;
import dk.klu.yearplan.YearPlan;
import dk.klu.yearplan.YearPlanMeeting;
import dk.klu.yearplan.YearPlanService;
import dk.klu.yearplan.YearPlanTopic;
import dk.klu.yearplan.process.MeetingRescheduler;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The year plans (HTTP Basic, like the REST API): {@code GET /api/year-plans/{year}} shows a plan
 * with its meetings and their deadlines, the strategic topics and where they were placed, and the
 * dialogue meeting (secretariat, chairs, process owners, administrators); {@code POST
 * /api/year-plans/{year}/meetings/{number}} moves one meeting, with its deadlines, while its call
 * for items has not gone out (secretariat and administrators). Bad input: 400 with Danish messages,
 * nothing changed.
 */
@RestController
public record YearPlanController(
    YearPlanService plans,
    MeetingService meetings,
    MeetingRescheduler rescheduler,
    IdentityService identityService) {

  static final Set<String> READERS =
      Set.of(KluGroups.SECRETARIAT, KluGroups.CHAIR, KluGroups.PROCESS_OWNER, KluGroups.ADMIN);
  static final Set<String> PLANNERS = Set.of(KluGroups.SECRETARIAT, KluGroups.ADMIN);

  /** One meeting of the plan with its deadlines. */
  public record PlanMeetingView(
      int number,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String location,
      Long meetingId,
      String phase,
      OffsetDateTime callDate,
      OffsetDateTime itemDeadline,
      OffsetDateTime agendaSendAt,
      OffsetDateTime minutesApprovalDue,
      boolean movable,
      OffsetDateTime rescheduledAt) {}

  /** A topic and where it is. */
  public record TopicView(int number, String title, String topic, int meetingNumber, Long itemId) {}

  /** The dialogue meeting. */
  public record DialogueView(
      LocalDate heldOn,
      OffsetDateTime announcedAt,
      String place,
      String programme,
      String summary,
      Integer participants,
      OffsetDateTime archivedAt) {}

  /** A whole plan. */
  public record PlanView(
      int year,
      String processInstanceId,
      List<PlanMeetingView> meetings,
      List<TopicView> topics,
      Long yearWheelItemId,
      DialogueView dialogue,
      OffsetDateTime nextYearStartedAt) {}

  /** A move: the new day and times (ÅÅÅÅ-MM-DD, TT:MM). */
  public record Move(String date, String startTime, String endTime) {}

  @GetMapping("/api/year-plans")
  public List<Integer> years() {
    GroupAccess.require(identityService, READERS, "årshjulene");
    return plans.all().stream().map(YearPlan::year).toList();
  }

  @GetMapping("/api/year-plans/{year}")
  public PlanView plan(@PathVariable int year) {
    GroupAccess.require(identityService, READERS, "årshjulene");
    YearPlan plan =
        plans
            .ofYear(year)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Der findes intet årshjul for " + year + "."));
    return view(plan);
  }

  @PostMapping("/api/year-plans/{year}/meetings/{number}")
  public ResponseEntity<Object> move(
      @PathVariable int year, @PathVariable int number, @RequestBody(required = false) Move move) {
    Authentication caller = GroupAccess.require(identityService, PLANNERS, "at flytte møder");
    List<String> problems = new ArrayList<>();
    LocalDate date = null;
    LocalTime start = null;
    LocalTime end = null;
    if (move == null) {
      problems.add("Angiv ny dato, starttid og sluttid for mødet.");
    } else {
      date = parse(move.date(), LocalDate::parse, "Datoen skal skrives ÅÅÅÅ-MM-DD.", problems);
      start = parse(move.startTime(), LocalTime::parse, "Starttid skal skrives TT:MM.", problems);
      end = parse(move.endTime(), LocalTime::parse, "Sluttid skal skrives TT:MM.", problems);
    }
    if (problems.isEmpty()) {
      problems.addAll(rescheduler.check(year, number, date, start, end));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    rescheduler.reschedule(year, number, date, start, end, caller.getUserId());
    PlanView view = view(plans.ofYear(year).orElseThrow());
    return ResponseEntity.ok(view.meetings().get(number - 1));
  }

  private static <T> T parse(
      String text,
      java.util.function.Function<String, T> parser,
      String message,
      List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(message);
      return null;
    }
    try {
      return parser.apply(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(message);
      return null;
    }
  }

  private PlanView view(YearPlan plan) {
    List<PlanMeetingView> planned = new ArrayList<>();
    for (YearPlanMeeting m : plans.meetings(plan.id())) {
      Meeting meeting = m.meetingId() == null ? null : meetings.get(m.meetingId());
      planned.add(
          new PlanMeetingView(
              m.number(),
              m.startsAt(),
              m.endsAt(),
              m.location(),
              m.meetingId(),
              meeting == null ? null : meeting.phase().name(),
              meeting == null ? null : meeting.callDate(),
              meeting == null ? null : meeting.itemDeadline(),
              meeting == null ? null : meeting.agendaSendAt(),
              meeting == null ? null : meeting.minutesApprovalDue(),
              meeting == null || meeting.callDate().isAfter(plans.now()),
              m.rescheduledAt()));
    }
    List<TopicView> topics =
        plans.topics(plan.id()).stream()
            .map(
                (YearPlanTopic t) ->
                    new TopicView(
                        t.number(), t.title(), t.topic().danish(), t.meetingNumber(), t.itemId()))
            .toList();
    DialogueView dialogue =
        plans
            .dialogue(plan.id())
            .map(
                (DialogueMeeting d) ->
                    new DialogueView(
                        d.heldOn(),
                        d.announcedAt(),
                        d.place(),
                        d.programme(),
                        d.summary(),
                        d.participants(),
                        d.archivedAt()))
            .orElse(null);
    return new PlanView(
        plan.year(),
        plan.processInstanceId(),
        planned,
        topics,
        plan.yearWheelItemId(),
        dialogue,
        plan.nextYearStartedAt());
  }
}
