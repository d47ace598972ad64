package dk.klu.honorarium.web;

import dk.klu.honorarium.FeeLine;
import dk.klu.honorarium.FeeList;
import dk.klu.honorarium.HonorariumService;
import dk.klu.honorarium.YearTotal;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The GPs' fees (HTTP Basic, like the REST API), for the secretariat, process owners and
 * administrators: {@code GET /api/fees/meetings/{meetingId}} (the meeting's list, approved or not,
 * as JSON), {@code GET /api/fees/meetings/{meetingId}.csv} (the approved list's payouts for the
 * finance system), {@code GET /api/fees/years/{year}} and {@code .csv} (the total per GP from the
 * year's approved lists). Errors come as JSON with a Danish message ({@code
 * dk.klu.http.ApiErrors}): 404 without a list, 409 for an export of a list not yet approved.
 */
@RestController
public record FeeController(
    HonorariumService fees, MeetingService meetings, IdentityService identityService) {

  static final Set<String> READERS =
      Set.of(KluGroups.SECRETARIAT, KluGroups.PROCESS_OWNER, KluGroups.ADMIN);
  private static final String WHAT = "honorarlisterne";
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** A meeting's fee list. */
  public record FeeListView(
      long meetingId,
      String meeting,
      OffsetDateTime meetingStart,
      String status,
      String statusText,
      int computations,
      int paidSeats,
      String timeBasis,
      String timeBasisText,
      BigDecimal hours,
      BigDecimal rate,
      BigDecimal totalAmount,
      int paidCount,
      String correctionReason,
      int reminders,
      String approvedBy,
      OffsetDateTime approvedAt,
      List<Line> lines) {}

  /** One person on the list. */
  public record Line(
      int lineNo,
      String name,
      String userId,
      String role,
      String participation,
      String participationText,
      String replaces,
      Integer seatNumber,
      boolean paid,
      String reason,
      BigDecimal hours,
      BigDecimal amount) {}

  /** The year's approved lists and the total per GP. */
  public record YearView(
      int year,
      BigDecimal totalAmount,
      List<YearMeeting> meetings,
      List<YearTotal> gps,
      List<Pending> notApproved) {}

  /** An approved list of the year. */
  public record YearMeeting(
      long meetingId, String meeting, BigDecimal totalAmount, OffsetDateTime approvedAt) {}

  /** A meeting of the year whose list is not approved, so not in the totals. */
  public record Pending(long meetingId, String meeting, String statusText) {}

  @GetMapping("/api/fees/meetings/{meetingId:\\d+}")
  public FeeListView meeting(@PathVariable long meetingId) {
    GroupAccess.require(identityService, READERS, WHAT);
    Meeting meeting = meetingOr404(meetingId);
    return view(meeting, listOr404(meeting));
  }

  @GetMapping("/api/fees/meetings/{meetingId:\\d+}.csv")
  public ResponseEntity<byte[]> meetingCsv(@PathVariable long meetingId) {
    GroupAccess.require(identityService, READERS, WHAT);
    Meeting meeting = meetingOr404(meetingId);
    FeeList list = listOr404(meeting);
    if (!list.approved()) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "Honorarlisten for "
              + meeting.label()
              + " er ikke godkendt ("
              + list.status().danish().toLowerCase(Locale.ROOT)
              + "). Kun godkendte honorarlister kan eksporteres.");
    }
    return csv(
        FeeCsv.meeting(meeting, list, fees.properties().account()),
        "honorar-moede-" + meetingId + ".csv");
  }

  @GetMapping("/api/fees/years/{year:\\d+}")
  public YearView year(@PathVariable int year) {
    GroupAccess.require(identityService, READERS, WHAT);
    checkYear(year);
    List<HonorariumService.ApprovedList> approved = fees.approvedInYear(year);
    List<Pending> pending =
        meetings.all().stream()
            .filter(m -> m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE).getYear() == year)
            .flatMap(
                m ->
                    fees.ofMeeting(m.id()).filter(l -> !l.approved()).stream()
                        .map(l -> new Pending(m.id(), m.label(), l.status().danish())))
            .toList();
    return new YearView(
        year,
        approved.stream().map(a -> a.list().totalAmount()).reduce(BigDecimal.ZERO, BigDecimal::add),
        approved.stream()
            .map(
                a ->
                    new YearMeeting(
                        a.meeting().id(),
                        a.meeting().label(),
                        a.list().totalAmount(),
                        a.list().approvedAt()))
            .toList(),
        fees.yearTotals(year),
        pending);
  }

  @GetMapping("/api/fees/years/{year:\\d+}.csv")
  public ResponseEntity<byte[]> yearCsv(@PathVariable int year) {
    GroupAccess.require(identityService, READERS, WHAT);
    checkYear(year);
    List<YearTotal> totals = fees.yearTotals(year);
    if (fees.approvedInYear(year).isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "Der er ingen godkendte honorarlister for " + year + " at eksportere.");
    }
    return csv(
        FeeCsv.year(year, totals, fees.properties().account()), "honorar-aar-" + year + ".csv");
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Året skal være mellem 2000 og 2100, ikke " + year + ".");
    }
  }

  private Meeting meetingOr404(long meetingId) {
    try {
      return meetings.get(meetingId);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  private FeeList listOr404(Meeting meeting) {
    return fees.ofMeeting(meeting.id())
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Der er ingen honorarliste for "
                        + meeting.label()
                        + " endnu; den beregnes, når fremmødet er registreret."));
  }

  private static ResponseEntity<byte[]> csv(byte[] body, String filename) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(CSV);
    headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
    return ResponseEntity.ok().headers(headers).body(body);
  }

  private static FeeListView view(Meeting meeting, FeeList list) {
    return new FeeListView(
        meeting.id(),
        meeting.label(),
        meeting.startsAt(),
        list.status().name(),
        list.status().danish(),
        list.computations(),
        list.paidSeats(),
        list.timeBasis().name(),
        list.timeBasis().danish(),
        list.hours(),
        list.rate(),
        list.totalAmount(),
        list.paidLines().size(),
        list.correctionReason(),
        list.reminders(),
        list.approvedBy(),
        list.approvedAt(),
        list.lines().stream().map(FeeController::line).toList());
  }

  private static Line line(FeeLine l) {
    return new Line(
        l.lineNo(),
        l.name(),
        l.userId(),
        l.roleText(),
        l.participation().name(),
        l.participation().danish(),
        l.replacesName(),
        l.seatNumber(),
        l.paid(),
        l.reason(),
        l.hours(),
        l.amount());
  }
}
