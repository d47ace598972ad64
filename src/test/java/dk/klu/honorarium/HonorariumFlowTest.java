package dk.klu.honorarium;

import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.honorarium.process.HonorariumFromAttendance;
import dk.klu.meeting.AttendanceRegistered;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.minutes.Attendee.Role;
import dk.klu.minutes.Attendee.Status;
import dk.klu.notification.Outbox;
import dk.klu.process.RowSlots;
import dk.klu.support.ApplicationTest;
import dk.klu.support.Mails;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.RestClient.Bytes;
import dk.klu.tasklist.TaskNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;

/**
 * The GPs' fees over the REST API as the secretariat works them: a meeting's registered attendance
 * (a GP replaced, an extra GP, a municipal chair, the practice consultant) starts one {@code
 * klu-honorarium}; with two paid seats the replacement first falls outside them; the attendance
 * registered again is computed again without a second process; the secretariat sends the list back,
 * corrects the attendance, is reminded after seven days and approves; the approved list is locked
 * and exported as CSV, and a second meeting makes the year's total per GP. Only the secretariat,
 * process owners and administrators see the lists. Runs on H2 and PostgreSQL.
 */
@TestPropertySource(
    properties = {"klu.fees.rate=1234.50", "klu.fees.paid-seats=2", "klu.fees.account=42110"})
abstract class HonorariumFlowTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MeetingService meetings;
  @Autowired AttendanceService attendance;
  @Autowired HonorariumService fees;
  @Autowired HonorariumFromAttendance fromAttendance;
  @Autowired ApplicationEventPublisher events;
  @Autowired Outbox outbox;

  @Test
  void fromRegisteredAttendanceToApprovedCsvAndTheYearsTotal() throws Exception {
    clock("2027-05-01T10:00:00+02:00");
    Meeting june =
        meetings.plan("2027-06-10T14:00", null, "Rådhuset", "KLU-møde juni", "sekretaer", null);
    Meeting september =
        meetings.plan(
            "2027-09-16T14:00", null, "Rådhuset", "KLU-møde september", "sekretaer", null);

    // The meeting was held; the secretariat registered the attendance.
    clock("2027-06-10T17:00:00+02:00");
    attendance.register(
        june.id(),
        List.of(
            person("Frederik Formand", "formand", Role.CHAIR, Status.PRESENT, null),
            person("Pernille PLO-formand", "plo-formand", Role.CHAIR, Status.PRESENT, null),
            person("Lars Læge", "laege", Role.GP_MEMBER, Status.REPLACED, "Jens Hansen"),
            person("Lene Læge", "laege2", Role.GP_MEMBER, Status.PRESENT, null),
            person("Karen Kommune", null, Role.MUNICIPAL_MEMBER, Status.PRESENT, null),
            person(
                "Peter Praksis",
                "praksiskonsulent",
                Role.PRACTICE_CONSULTANT,
                Status.PRESENT,
                null),
            person("Mette Mortensen", null, Role.ADDITIONAL_GP, Status.PRESENT, null)));
    events.publishEvent(new AttendanceRegistered(june.id()));
    String pi = honorariumProcess(june.id());
    // the list is computed in the process's own job
    Answer notYet = rest.get("/api/fees/meetings/" + june.id(), "sekretaer");
    assertThat(notYet.status()).isEqualTo(404);
    assertThat(message(notYet)).contains("ingen honorarliste", "KLU-møde juni");
    kit.runDueJobs();

    // Two paid seats: the PLO chair and Lene Læge (appointed, present) take them; the replacement
    // comes after the appointed members and is left out; municipal people and extra GPs are not
    // paid.
    JsonNode list = feeList("sekretaer", june.id());
    assertThat(list.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(list.get("statusText").asText()).isEqualTo("Afventer godkendelse");
    assertThat(list.get("hours").decimalValue()).isEqualByComparingTo("2");
    assertThat(paidNames(list)).containsExactly("Pernille PLO-formand", "Lene Læge");
    assertThat(line(list, "Jens Hansen").get("reason").asText())
        .isEqualTo("Flere praktiserende læger til stede end udvalgets honorerede pladser");
    assertThat(line(list, "Jens Hansen").get("replaces").asText()).isEqualTo("Lars Læge");
    assertThat(line(list, "Jens Hansen").get("seatNumber").asInt()).isEqualTo(3);
    assertThat(line(list, "Mette Mortensen").get("reason").asText())
        .isEqualTo("Ekstra deltagende læge; udløser ikke honorar");
    assertThat(line(list, "Frederik Formand").get("paid").asBoolean()).isFalse();
    assertThat(line(list, "Karen Kommune").get("participation").asText())
        .isEqualTo("MUNICIPAL_MEMBER");
    assertThat(line(list, "Peter Praksis").get("paid").asBoolean()).isFalse();
    assertThat(list.get("totalAmount").decimalValue()).isEqualByComparingTo("4938.00");
    Answer early = rest.get("/api/fees/meetings/" + june.id() + ".csv", "sekretaer");
    assertThat(early.status()).isEqualTo(409);
    assertThat(message(early)).contains("ikke godkendt", "Kun godkendte honorarlister");

    // The attendance is registered again: computed again, no second process.
    assertThat(fromAttendance.follow(june.id()))
        .isEqualTo(HonorariumFromAttendance.Outcome.RECOMPUTED);
    kit.runDueJobs();
    assertThat(honorariumProcess(june.id())).isEqualTo(pi);
    assertThat(feeList("sekretaer", june.id()).get("computations").asInt()).isEqualTo(2);

    // Sent back without saying what is wrong: refused, nothing changes.
    String approval = kit.task(pi, "UserTask_ApproveFeeList");
    // the task names its meeting, so two meetings' lists are told apart in Tasklist
    assertThat(engine.getTaskService().createTaskQuery().taskId(approval).singleResult().getName())
        .isEqualTo("Godkend honorarliste: " + TaskNames.meeting("KLU", june.startsAt()));
    refused("sekretaer", approval, Map.of("feeDecision", "CORRECT"), "Hvad skal rettes?");
    assertThat(kit.task(pi, "UserTask_ApproveFeeList")).isEqualTo(approval);
    complete(
        "sekretaer",
        approval,
        Map.of(
            "feeDecision",
            "CORRECT",
            "feeCorrectionReason",
            "Lene Læge meldte afbud; Jens Hansen kom for Lars Læge."));
    assertThat(fees.get(june.id()).status()).isEqualTo(FeeListStatus.SENT_BACK);

    // The secretariat corrects the attendance: Lene Læge was absent.
    String correction = kit.task(pi, "UserTask_CorrectAttendance");
    List<Map<String, Object>> rows =
        RowSlots.rows(engine.getTaskService().getVariable(correction, "feeAttendance"));
    assertThat(rows).extracting(r -> r.get("name")).contains("Lene Læge", "Lars Læge");
    List<Map<String, Object>> corrected = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> submitted = new LinkedHashMap<>();
      submitted.put("status", "Lene Læge".equals(row.get("name")) ? "ABSENT" : row.get("status"));
      submitted.put("replacedBy", row.get("replacedBy"));
      corrected.add(submitted);
    }
    List<Map<String, Object>> missingName = new ArrayList<>(corrected);
    missingName.set(
        rows.indexOf(
            rows.stream().filter(r -> "Lars Læge".equals(r.get("name"))).findFirst().get()),
        Map.of("status", "REPLACED", "replacedBy", ""));
    refused(
        "sekretaer",
        correction,
        Map.of("feeAttendance", slots(missingName), "feeAdditionalGps", slots(List.of())),
        "stedfortræderens navn");
    complete(
        "sekretaer",
        correction,
        Map.of(
            "feeAttendance",
            slots(corrected),
            "feeAdditionalGps",
            slots(List.of(Map.of("name", "Mette Mortensen")))));
    assertThat(attendance.of(june.id()))
        .anyMatch(a -> "laege2".equals(a.userId()) && a.status() == Status.ABSENT);
    kit.runDueJobs();

    list = feeList("sekretaer", june.id());
    assertThat(paidNames(list)).containsExactly("Pernille PLO-formand", "Jens Hansen");
    assertThat(line(list, "Jens Hansen").get("reason").asText())
        .isEqualTo("Stedfortræder for et udpeget medlem; honoreres i medlemmets sted");
    assertThat(line(list, "Lene Læge").get("reason").asText()).isEqualTo("Ikke til stede");
    assertThat(list.get("totalAmount").decimalValue()).isEqualByComparingTo("4938.00");

    // Not approved after seven days: the secretariat is reminded (through the outbox).
    clock("2027-06-17T16:55:00+02:00");
    kit.runDueJobs();
    assertThat(Mails.ofKind(outbox, "FEES_APPROVAL_REMINDER")).isEmpty();
    clock("2027-06-17T17:05:00+02:00");
    kit.runDueJobs();
    assertThat(Mails.ofKind(outbox, "FEES_APPROVAL_REMINDER"))
        .singleElement()
        .satisfies(m -> assertThat(m.recipients()).containsExactly("group:secretariat"))
        .satisfies(m -> assertThat(m.subject()).contains("KLU-møde juni"));

    // Approved: the list is locked and the secretariat is told where the CSV is.
    complete(
        "sekretaer", kit.task(pi, "UserTask_ApproveFeeList"), Map.of("feeDecision", "APPROVE"));
    assertThat(kit.ended(pi)).isTrue();
    FeeList approved = fees.get(june.id());
    assertThat(approved.status()).isEqualTo(FeeListStatus.APPROVED);
    assertThat(approved.approvedBy()).isEqualTo("sekretaer");
    assertThat(Mails.ofKind(outbox, "FEES_APPROVED"))
        .singleElement()
        .satisfies(m -> assertThat(m.link()).isEqualTo("/api/fees/meetings/" + june.id() + ".csv"));

    Bytes csv = rest.getBytes("/api/fees/meetings/" + june.id() + ".csv", "procesejer");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n"))
        .containsExactly(
            "Mødedato;Møde;Linje;Navn;Bruger-id;Rolle;Erstatter;Timer;Sats (kr. pr. time);"
                + "Beløb (kr.);Konto;Godkendt af;Godkendt den",
            "10-06-2027;KLU-møde juni;2;Pernille PLO-formand;plo-formand;PLO-formand;;2,00;1234,50;"
                + "2469,00;42110;sekretaer;17-06-2027 17:05",
            "10-06-2027;KLU-møde juni;4;Jens Hansen;;Stedfortræder for Lars Læge;Lars Læge;2,00;"
                + "1234,50;2469,00;42110;sekretaer;17-06-2027 17:05");

    // Registered again after the approval: the list stays as approved, the secretariat is told.
    attendance.register(
        june.id(),
        List.of(person("Pernille PLO-formand", "plo-formand", Role.CHAIR, Status.ABSENT, null)));
    events.publishEvent(new AttendanceRegistered(june.id()));
    assertThat(fees.get(june.id()).lines()).isEqualTo(approved.lines());
    assertThat(fees.get(june.id()).totalAmount()).isEqualByComparingTo("4938.00");
    assertThat(Mails.ofKind(outbox, "FEES_ATTENDANCE_AFTER_APPROVAL")).hasSize(1);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(HonorariumFromAttendance.businessKey(june.id()))
                .count())
        .isEqualTo(1);

    // September: everyone present; the PLO chair and Lars Læge take the two seats.
    clock("2027-09-16T17:00:00+02:00");
    attendance.register(
        september.id(),
        List.of(
            person("Pernille PLO-formand", "plo-formand", Role.CHAIR, Status.PRESENT, null),
            person("Lars Læge", "laege", Role.GP_MEMBER, Status.PRESENT, null),
            person("Lene Læge", "laege2", Role.GP_MEMBER, Status.PRESENT, null)));
    events.publishEvent(new AttendanceRegistered(september.id()));
    kit.runDueJobs();
    String septemberPi = honorariumProcess(september.id());
    assertThat(paidNames(feeList("procesejer", september.id())))
        .containsExactly("Pernille PLO-formand", "Lars Læge");
    complete(
        "sekretaer",
        kit.task(septemberPi, "UserTask_ApproveFeeList"),
        Map.of("feeDecision", "APPROVE"));

    // The year's total per GP, from the approved lists only.
    JsonNode year = JSON.readTree(rest.get("/api/fees/years/2027", "procesejer").body());
    assertThat(year.get("totalAmount").decimalValue()).isEqualByComparingTo("9876.00");
    assertThat(year.get("meetings")).hasSize(2);
    assertThat(year.get("notApproved")).isEmpty();
    assertThat(year.get("gps").findValuesAsText("name"))
        .containsExactly("Jens Hansen", "Lars Læge", "Pernille PLO-formand");
    JsonNode pernille = year.get("gps").get(2);
    assertThat(pernille.get("meetings").asInt()).isEqualTo(2);
    assertThat(pernille.get("hours").decimalValue()).isEqualByComparingTo("4");
    assertThat(pernille.get("amount").decimalValue()).isEqualByComparingTo("4938.00");
    Bytes yearCsv = rest.getBytes("/api/fees/years/2027.csv", "sekretaer");
    assertThat(yearCsv.status()).isEqualTo(200);
    assertThat(new String(yearCsv.body(), StandardCharsets.UTF_8).split("\r\n"))
        .containsExactly(
            "\uFEFFÅr;Navn;Bruger-id;Antal møder;Timer;Beløb (kr.);Konto",
            "2027;Jens Hansen;;1;2,00;2469,00;42110",
            "2027;Lars Læge;laege;1;2,00;2469,00;42110",
            "2027;Pernille PLO-formand;plo-formand;2;4,00;4938,00;42110");
    Answer noYear = rest.get("/api/fees/years/2026.csv", "sekretaer");
    assertThat(noYear.status()).isEqualTo(404);
    assertThat(message(noYear))
        .isEqualTo("Der er ingen godkendte honorarlister for 2026 at eksportere.");
    assertThat(rest.get("/api/fees/years/1999", "sekretaer").status()).isEqualTo(400);
    assertThat(rest.get("/api/fees/meetings/999999", "sekretaer").status()).isEqualTo(404);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void onlyTheSecretariatProcessOwnersAndAdministratorsSeeTheFees() {
    for (String path :
        List.of(
            "/api/fees/meetings/1",
            "/api/fees/meetings/1.csv",
            "/api/fees/years/2027",
            "/api/fees/years/2027.csv")) {
      assertThat(rest.get(path, null).status()).as(path).isEqualTo(401);
      for (String outsider : List.of("laege", "formand", "plo-formand", "praksiskonsulent")) {
        Answer refused = rest.get(path, outsider);
        assertThat(refused.status()).as("%s %s", outsider, path).isEqualTo(403);
        assertThat(message(refused)).isEqualTo("Du har ikke adgang til honorarlisterne.");
      }
    }
    for (String reader : List.of("sekretaer", "procesejer", "demo")) {
      assertThat(rest.get("/api/fees/years/2027", reader).status()).as(reader).isEqualTo(200);
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  static Attendee person(String name, String userId, Role role, Status status, String replacedBy) {
    return new Attendee(name, userId, role, status, replacedBy);
  }

  String honorariumProcess(long meetingId) {
    List<org.camunda.bpm.engine.runtime.ProcessInstance> running =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("klu-honorarium")
            .processInstanceBusinessKey(HonorariumFromAttendance.businessKey(meetingId))
            .list();
    assertThat(running).hasSize(1);
    return running.get(0).getId();
  }

  JsonNode feeList(String user, long meetingId) throws Exception {
    Answer answer = rest.get("/api/fees/meetings/" + meetingId, user);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  static List<String> paidNames(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.get("lines")
        .forEach(
            l -> {
              if (l.get("paid").asBoolean()) {
                names.add(l.get("name").asText());
              }
            });
    return names;
  }

  static JsonNode line(JsonNode list, String name) {
    for (JsonNode l : list.get("lines")) {
      if (l.get("name").asText().equals(name)) {
        return l;
      }
    }
    throw new AssertionError(name + " not on the list: " + list);
  }

  static String message(Answer answer) {
    try {
      return JSON.readTree(answer.body()).get("message").asText();
    } catch (Exception e) {
      throw new AssertionError("no JSON message: " + answer.body(), e);
    }
  }

  static Map<String, Object> slots(List<Map<String, Object>> rows) {
    Map<String, Object> slots = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      slots.put("r" + (i + 1), rows.get(i));
    }
    return slots;
  }
}
