package dk.klu.meeting;

import static dk.klu.support.CycleDriver.row;
import static dk.klu.support.CycleDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.document.Audience;
import dk.klu.document.DocumentKind;
import dk.klu.document.DocumentRepository;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.notification.MailDispatcher;
import dk.klu.notification.Message;
import dk.klu.notification.Outbox;
import dk.klu.process.RowSlots;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CalendarChecker;
import dk.klu.support.CycleDriver;
import dk.klu.support.HtmlChecker;
import dk.klu.support.Mails;
import dk.klu.support.OParlChecker;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A whole meeting cycle as its people do it over the REST API with the forms' variables: the
 * secretariat, both chairs and two GPs, with only the forms and the passing of time. Includes a
 * queued item, a late item, a rejected item, an item sent back for more information, a returned
 * agenda (a standing topic may be left out) and a returned set of minutes. Runs on H2 and
 * PostgreSQL.
 */
@TestPropertySource(
    properties = {
      "spring.mail.host=localhost",
      "klu.mail.scheduler-enabled=false",
      "klu.public-url=https://klu.example.dk",
      "klu.embed.allowed-sites=https://sundhedstilbud.example.dk/"
    })
abstract class MeetingCycleTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String PUBLIC_CASE = "Offentlig baggrund og indstilling.";
  static final String INTERNAL_CASE = "Intern baggrund og indstilling.";

  @Autowired MeetingService meetings;
  @Autowired AgendaItemService items;
  @Autowired FollowUpService followUps;
  @Autowired dk.klu.honorarium.HonorariumService fees;
  @Autowired AttendanceService attendance;
  @Autowired Outbox outbox;
  @Autowired MailDispatcher mail;
  @Autowired DocumentRepository documents;

  @Autowired
  @Qualifier("sendAgendaDelegate")
  JavaDelegate sendAgenda;

  /** A real SMTP server the application sends to (GreenMail on a free port). */
  @RegisterExtension static GreenMailExtension smtp = Mails.smtpServer();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    Mails.sendTo(smtp, registry);
  }

  CycleDriver cycle;

  @BeforeEach
  void setUp() {
    cycle = new CycleDriver(rest, engine);
    clock("2027-01-04T10:00:00+01:00");
  }

  @Test
  void wholeCycleFromCallToClosedFollowUp() throws Exception {
    // An item submitted before any call waits for the next one.
    String queued = submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    assertThat(variable(queued, "itemPlacement")).isEqualTo("QUEUED");
    // The secretariat looks at it at once and keeps it for the next agenda.
    secretariatDecides(
        queued,
        AgendaItemProcess.Element.UserTask_AssessQueuedItem,
        Map.of("triageOutcome", "NEXT_AGENDA"));

    // The secretariat plans the meeting; a Saturday is refused with a Danish message.
    Answer saturday = startMeeting("2027-03-13T14:00");
    assertThat(saturday.status()).isEqualTo(400);
    assertThat(saturday.body()).contains("lørdag");
    Answer started = startMeeting("2027-03-11T14:00");
    assertThat(started.status()).isEqualTo(200);
    String meetingPi = JSON.readTree(started.body()).get("id").asText();
    long meetingId = ((Number) variable(meetingPi, "meetingId")).longValue();
    assertThat(variable(meetingPi, "callDate")).isEqualTo("2027-02-11T09:00:00+01:00");
    assertThat(variable(meetingPi, "itemDeadline")).isEqualTo("2027-02-25T12:00:00+01:00");
    assertThat(variable(meetingPi, "agendaSendDate")).isEqualTo("2027-03-04T09:00:00+01:00");

    // The call goes out on its date; the waiting item joins.
    clock("2027-02-11T09:30:00+01:00");
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.INTAKE_OPEN);
    assertThat(kinds()).contains("CALL_FOR_ITEMS");
    checkCallForItemsMail();
    assertThat(items.get(itemId(queued)).status()).isEqualTo(ItemStatus.SUBMITTED);

    String rejected = submitItem("laege2", "Nyt journalsystem", "KOMMUNIKATION", "INFORMATION");
    String needsInfo = submitItem("laege", "Demensudredning", "AELDRE_DEMENS", "DECISION");
    assertThat(variable(needsInfo, "itemPlacement")).isEqualTo("OPEN");

    // Reminder before the deadline, then the deadline.
    clock("2027-02-22T10:00:00+01:00");
    runDueJobs();
    assertThat(kinds()).contains("INTAKE_REMINDER");
    clock("2027-02-25T12:30:00+01:00");
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.INTAKE_CLOSED);
    assertThat(tasks("UserTask_TriageItem")).hasSize(3);
    assertThat(tasks("UserTask_TriageItem").get(0).getDueDate())
        .isEqualTo(Date.from(meetings.get(meetingId).triageDue().toInstant()))
        .isAfter(tasks("UserTask_TriageItem").get(0).getCreateTime());
    // Tasks say what they are, and the secretariat's filter finds one by typing its title
    // (Tasklist's search sends nameLike %text%) and shows the meeting and the item in the list.
    assertThat(tasks("UserTask_TriageItem"))
        .extracting(Task::getName)
        .containsExactlyInAnyOrder(
            "Visitér punkt: Ventetid på genoptræning",
            "Visitér punkt: Nyt journalsystem",
            "Visitér punkt: Demensudredning");
    Filter secretariat =
        engine.getFilterService().createFilterQuery().filterName("Sekretariatet").singleResult();
    assertThat(
            engine
                .getFilterService()
                .list(
                    secretariat.getId(),
                    engine.getTaskService().createTaskQuery().taskNameLike("%demensudredning%")))
        .singleElement()
        .extracting(t -> ((Task) t).getName())
        .isEqualTo("Visitér punkt: Demensudredning");
    assertThat(secretariat.getProperties().get("variables").toString())
        .contains("name=meeting", "Møde", "itemTitle", "Punkt");

    // A late item is not lost: the secretariat admits it.
    String late = submitItem("laege2", "Lægedækning i yderområder", "LAEGEDAEKNING", "DECISION");
    assertThat(variable(late, "itemPlacement")).isEqualTo("LATE");
    secretariatDecides(
        late, AgendaItemProcess.Element.UserTask_DecideLateItem, Map.of("lateDecision", "ADMIT"));

    // Triage: one on the agenda, one rejected (reason required), one back for information.
    triage(queued, Map.of("triageOutcome", "ON_AGENDA", "triageConfidential", true));
    refused("sekretaer", triageTask(rejected), Map.of("triageOutcome", "REJECTED"), "Begrundelse");
    triage(
        rejected,
        Map.of("triageOutcome", "REJECTED", "triageRejectionReason", "Hører under regionen."));
    assertThat(ended(rejected)).isTrue();
    triage(
        needsInfo,
        Map.of(
            "triageOutcome",
            "NEEDS_INFORMATION",
            "triageInformationRequest",
            "Hvilke borgere drejer det sig om?"));
    Task answer = engine.getTaskService().createTaskQuery().taskAssignee("laege").singleResult();
    assertThat(answer.getTaskDefinitionKey()).isEqualTo("UserTask_ProvideInformation");
    complete("laege", answer.getId(), Map.of("informationAnswer", "Borgere over 65 med mistanke."));
    triage(needsInfo, Map.of("triageOutcome", "ON_AGENDA"));

    // The agenda: four standing topics + three items; the chair returns it once.
    Task chair = single("UserTask_ReviewAgendaChair");
    assertThat(chair.getAssignee()).isEqualTo("formand");
    assertThat(chair.getName()).isEqualTo("Gennemgå dagsorden (formand): KLU-møde 11.03.2027");
    assertThat(chair.getDueDate()).isAfter(chair.getCreateTime());
    assertThat(
            (String) engine.getTaskService().getVariableLocal(chair.getId(), "agendaReceivedText"))
        .as("the chairs see every item sent in and what the secretariat did with it")
        .contains("**Ventetid på genoptræning** (indsendt af ")
        .contains(": Afvist")
        .contains("Lægedækning i yderområder");
    List<Map<String, Object>> rows = agendaRows(meetingPi);
    assertThat(rows).hasSize(7);
    assertThat(rows.stream().filter(r -> Boolean.TRUE.equals(r.get("standing")))).hasSize(4);
    complete(
        "formand",
        chair.getId(),
        Map.of("agendaItems", submitted(rows), "chairDecision", "RETURN", "chairComment", "Kort."));
    Task revision = single("UserTask_ReviseAgenda");
    complete("sekretaer", revision.getId(), Map.of("agendaItems", submitted(rows)));
    complete(
        "formand",
        single("UserTask_ReviewAgendaChair").getId(),
        Map.of("agendaItems", submitted(rows), "chairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single("UserTask_ReviewAgendaGpChair").getId(),
        Map.of("agendaItems", submitted(rows), "gpChairDecision", "APPROVE"));
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.AGENDA_APPROVED);

    // Case presentations, one per item on the agenda; the secretariat marks one of them public.
    List<Task> cases = tasks("UserTask_WriteCasePresentation");
    assertThat(cases).hasSize(7);
    for (Task task : cases) {
      complete(
          "sekretaer",
          task.getId(),
          task.getName().endsWith("Lægedækning i yderområder")
              ? Map.of("casePresentation", PUBLIC_CASE, "casePresentationPublic", true)
              : Map.of("casePresentation", INTERNAL_CASE));
    }

    // The agenda goes out on its date.
    clock("2027-03-04T09:05:00+01:00");
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.AGENDA_SENT);
    assertThat(kinds()).contains("AGENDA").doesNotContain("AGENDA_LATE");
    checkAgendaMailSentOnceAndPublic(meetingId, items.get(itemId(queued)));

    // After the meeting: attendance (a GP replaced, one extra GP) and minutes.
    clock("2027-03-11T17:00:00+01:00");
    runDueJobs();
    Task attendanceTask = single("UserTask_RegisterAttendance");
    List<Map<String, Object>> people =
        RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "attendance"));
    List<Map<String, Object>> registered = new ArrayList<>();
    for (Map<String, Object> person : people) {
      boolean replaced = "laege2".equals(person.get("userId"));
      registered.add(
          row(
              "status",
              replaced ? "REPLACED" : "PRESENT",
              "replacedBy",
              replaced ? "Jens Hansen" : ""));
    }
    complete(
        "sekretaer",
        attendanceTask.getId(),
        Map.of("attendance", registered, "additionalGps", List.of(row("name", "Mette Mortensen"))));
    assertThat(attendance.of(meetingId))
        .anyMatch(
            a -> a.status() == Attendee.Status.REPLACED && "Jens Hansen".equals(a.replacedBy()))
        .anyMatch(a -> a.role() == Attendee.Role.ADDITIONAL_GP);
    // the GPs' fees follow the registered attendance: one klu-honorarium for the meeting
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("klu-honorarium")
                .processInstanceBusinessKey("honorarium-" + meetingId)
                .count())
        .isEqualTo(1);
    // with the whole Aalborg roster present: the six PLO seats are paid (the GP chair and five PLO
    // members, the substitute in the replaced member's seat), nobody else
    runDueJobs();
    List<dk.klu.honorarium.FeeLine> paid =
        fees.get(meetingId).lines().stream().filter(dk.klu.honorarium.FeeLine::paid).toList();
    assertThat(paid)
        .extracting(dk.klu.honorarium.FeeLine::name)
        .hasSize(6)
        .contains("Pernille PLO-formand", "Lars Læge", "Jens Hansen")
        .doesNotContain(
            "Lene Læge",
            "Mette Mortensen",
            "Frederik Formand",
            "Dorte Damgaard",
            "Ib Iversen",
            "Jette Jakobsen",
            "Peter Praksiskonsulent",
            "Sara Sekretær");

    List<Map<String, Object>> minutes = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      minutes.add(CycleDriver.minutesRow(i == 0));
    }
    // the follow-up names its item by the agenda's own number, as the form's rows show it
    String writeMinutes = single("UserTask_WriteMinutes").getId();
    String firstItem = cycle.minutesNumber(writeMinutes, 1);
    assertThat(firstItem).matches("[23]\\.[1-9]");
    Map<String, Object> unknownItem =
        CycleDriver.followUpAction("2.9", "Forkert punkt", "2027-04-15");
    refused(
        "sekretaer",
        writeMinutes,
        Map.of("minutesItems", minutes, "followUpActions", List.of(unknownItem)),
        "dagsordenspunkt 2.9 findes ikke");
    List<Map<String, Object>> actions =
        List.of(CycleDriver.followUpAction(firstItem, "Undersøg ventetider", "2027-04-15"));
    complete(
        "sekretaer", writeMinutes, Map.of("minutesItems", minutes, "followUpActions", actions));

    // The chairs see what they approve besides the items: who attended, what is followed up,
    // read from the tables when the form is opened (as Tasklist reads it); nothing is stored.
    String chairTask = single("UserTask_ApproveMinutesChair").getId();
    Answer shown = rest.get("/engine-rest/task/" + chairTask + "/form-variables", "formand");
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    JsonNode approval = JSON.readTree(shown.body());
    assertThat(approval.at("/minutesAttendanceText/value").asText())
        .contains("**Frederik Formand** (Formand): til stede")
        .contains("(PLO-formand)");
    assertThat(approval.at("/minutesActionsText/value").asText())
        .startsWith("- Undersøg ventetider (punkt " + firstItem + "; ansvarlig: ")
        .contains("frist 15. april 2027");
    assertThat(approval.at("/minutesItems/type").asText()).isEqualTo("Json");
    assertThat(engine.getTaskService().getVariablesLocal(chairTask)).isEmpty();

    // The chair returns the minutes; the secretariat revises; both approve; published.
    complete(
        "formand",
        single("UserTask_ApproveMinutesChair").getId(),
        Map.of(
            "minutesItems",
            minutes,
            "minutesChairDecision",
            "RETURN",
            "minutesChairComment",
            "Præcisér punkt 1."));
    complete(
        "plo-formand",
        single("UserTask_ApproveMinutesGpChair").getId(),
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    runDueJobs(); // the asynchronous join of the two approvals
    minutes.get(0).put("decision", "Sekretariatet undersøger ventetiderne.");
    complete(
        "sekretaer",
        single("UserTask_ReviseMinutes").getId(),
        Map.of("minutesItems", minutes, "followUpActions", actions));
    complete(
        "formand",
        single("UserTask_ApproveMinutesChair").getId(),
        Map.of("minutesItems", minutes, "minutesChairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single("UserTask_ApproveMinutesGpChair").getId(),
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.MINUTES_PUBLISHED);
    assertThat(ended(queued)).isTrue();
    assertThat(ended(needsInfo)).isTrue();
    assertThat(ended(late)).isTrue();
    AgendaItem first = items.onAgenda(meetingId).get(0);
    assertThat(first.minutesDecision()).isEqualTo("Sekretariatet undersøger ventetiderne.");
    // The committee agreed a draft under item 1: publishing the minutes started its agreement.
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("klu-agreement")
                .processInstanceBusinessKey("agreement-item-" + first.id())
                .count())
        .isEqualTo(1);

    checkPublishedMinutes(meetingId, items.get(itemId(queued)));
    checkMinutesCorrection(meetingId);

    // Follow-up: one action, reminded and then closed; the meeting closes.
    List<FollowUpAction> open = followUps.ofMeeting(meetingId);
    assertThat(open).hasSize(1);
    clock("2027-04-13T10:00:00+02:00");
    runDueJobs();
    assertThat(kinds()).contains("ACTION_REMINDER").doesNotContain("ACTION_OVERDUE");
    mail.dispatchDue();
    assertThat(Mails.inbox(smtp, "sekretaer@klu.example", "Påmindelse: opfølgning")).hasSize(1);
    complete(
        "sekretaer",
        single("UserTask_FollowUpAction").getId(),
        Map.of("followUpNote", "Ventetiderne er undersøgt og rapporteret."));
    assertThat(ended(meetingPi)).isTrue();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.CLOSED);
    assertThat(items.get(open.get(0).itemId()).status()).isEqualTo(ItemStatus.FOLLOW_UP_DONE);
    assertThat(items.get(itemId(rejected)).status()).isEqualTo(ItemStatus.REJECTED);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

    // A submitter follows their own items, and only those.
    Answer mine = rest.get("/api/items/mine", "laege2");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body())
        .contains("Nyt journalsystem", "Afvist", "Lægedækning i yderområder", "Behandlet på mødet")
        .doesNotContain("Demensudredning");
    assertThat(rest.get("/api/items/mine", null).status()).isEqualTo(401);

    // Submitters were told of every change that concerns them.
    assertThat(outbox.all())
        .filteredOn(m -> m.recipients().contains("laege2"))
        .extracting(Message::kind)
        .contains("ITEM_RECEIVED", "ITEM_TRIAGED", "LATE_ITEM_DECIDED", "ITEM_ON_AGENDA");
  }

  // --- mail and the public archive ---------------------------------------------------------

  /** The call reaches every member by mail, with a link that opens the item form in Tasklist. */
  void checkCallForItemsMail() {
    assertThat(mail.dispatchDue()).isGreaterThan(0);
    for (String member : List.of("laege@klu.example", "laege2@klu.example")) {
      List<MimeMessage> call = Mails.inbox(smtp, member, "Indkaldelse af punkter");
      assertThat(call).as(member).hasSize(1);
      assertThat(Mails.text(call.get(0)))
          .contains("Frist for punkter")
          .contains(
              "https://klu.example.dk/camunda/app/tasklist/default/#/?processStart=klu-agenda-item");
      assertThat(Mails.part(call.get(0), "text/html").orElseThrow().text())
          .contains("<html lang=\"da\"")
          .contains("processStart=klu-agenda-item");
    }
  }

  /**
   * The agenda goes to members with the committee's PDF and a calendar invitation; running the send
   * step again (as a retried job would) releases no new version and sends nothing more. The public
   * agenda leaves the confidential item out; the minutes are not public yet.
   */
  void checkAgendaMailSentOnceAndPublic(long meetingId, AgendaItem confidential) throws Exception {
    Meeting meeting = meetings.get(meetingId);
    mail.dispatchDue();
    List<MimeMessage> agenda = Mails.inbox(smtp, "laege@klu.example", "Dagsorden:");
    assertThat(agenda).hasSize(1);
    // the roster's municipal and hospital members, the practice consultant and the secretary too
    for (String other :
        List.of(
            "dorte.damgaard@klu.example",
            "jette.jakobsen@klu.example",
            "praksiskonsulent@klu.example",
            "sekretaer@klu.example")) {
      assertThat(Mails.inbox(smtp, other, "Dagsorden:")).as(other).hasSize(1);
    }
    Mails.MailPart pdf = Mails.part(agenda.get(0), "application/pdf").orElseThrow();
    assertThat(pdf.fileName()).isEqualTo("klu-dagsorden-2027-03-11.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.content())) {
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Dagsorden")
          .contains(confidential.title());
    }
    Mails.MailPart ics = Mails.part(agenda.get(0), "text/calendar").orElseThrow();
    assertThat(CalendarChecker.errors(ics.content())).isEmpty();
    Calendar invitation = new CalendarBuilder().build(new ByteArrayInputStream(ics.content()));
    assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    VEvent event = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
    assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
        .isEqualTo(
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(meeting.startsAt().toInstant().atZone(ZoneOffset.UTC)));
    assertThat(event.getProperty("UID").orElseThrow().getValue())
        .isEqualTo("klu-meeting-" + meetingId + "@klu.example.dk");
    assertThat(event.getProperties("ATTENDEE").toString()).contains("mailto:laege@klu.example");

    int received = smtp.getReceivedMessages().length;
    ExecutionEntity retry = Mockito.mock(ExecutionEntity.class);
    Mockito.when(retry.getVariable("meetingId")).thenReturn(meetingId);
    Mockito.when(retry.getProcessInstanceId()).thenReturn(meeting.processInstanceId());
    Mockito.when(retry.getRootProcessInstanceId()).thenReturn(meeting.processInstanceId());
    sendAgenda.execute(retry);
    assertThat(mail.dispatchDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(received);
    assertThat(documents.versions(meetingId, DocumentKind.AGENDA, Audience.PUBLIC)).hasSize(1);

    Answer publicAgenda = rest.get("/public/meetings/" + meetingId + "/dagsorden", null);
    assertThat(publicAgenda.status()).isEqualTo(200);
    assertThat(HtmlChecker.errors(publicAgenda.body())).isEmpty();
    assertThat(publicAgenda.body()).contains("Lukket punkt").doesNotContain(confidential.title());
    // the agenda is public without the internal case presentations, the one marked public shown
    assertThat(publicAgenda.body())
        .contains(PUBLIC_CASE)
        .doesNotContain(INTERNAL_CASE)
        .contains("Sagsfremstillingen er et internt arbejdspapir");
    assertThat(pdfText(pdf))
        .as("the committee's agenda has every case presentation")
        .contains(PUBLIC_CASE)
        .contains(INTERNAL_CASE);
    assertThat(rest.get("/public/meetings/" + meetingId + "/referat", null).status())
        .isEqualTo(404);
    Answer preview = rest.get("/api/meetings/" + meetingId + "/preview/referat", "sekretaer");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body()).contains("Udkast").contains(confidential.title());
    assertThat(rest.get("/api/meetings/" + meetingId + "/preview/referat", "laege").status())
        .isEqualTo(403);
  }

  /**
   * Published minutes: mailed with a link, on the public pages (valid HTML, tagged PDF, calendar
   * feed, open data, Atom) without the confidential item, and every message sent exactly once.
   */
  /**
   * The secretariat corrects a decision in the published minutes: a new version with a note, the
   * first one still readable, the committee told. Wrong requests change nothing.
   */
  void checkMinutesCorrection(long meetingId) throws Exception {
    AgendaItem item =
        items.onAgenda(meetingId).stream().filter(i -> !i.confidential()).findFirst().orElseThrow();
    String path = "/api/meetings/" + meetingId + "/minutes/corrections";
    String corrected = "Udvalget anbefaler en fælles henvisningsvejledning (rettet).";
    String body =
        JSON.writeValueAsString(
            Map.of(
                "note",
                "Beslutningen var gengivet forkert; rettet efter aftale med formandskabet.",
                "items",
                List.of(Map.of("itemId", item.id(), "decision", corrected))));

    Answer chair = rest.post(path, "formand", body);
    assertThat(chair.status()).isEqualTo(403);
    assertThat(chair.body()).contains("Du har ikke adgang til at rette referater");
    refusedAs400(
        path,
        JSON.writeValueAsString(
            Map.of("items", List.of(Map.of("itemId", item.id(), "decision", corrected)))),
        "notat til rettelsen");
    refusedAs400(
        path,
        JSON.writeValueAsString(
            Map.of("note", "x", "items", List.of(Map.of("itemId", 987654, "decision", "y")))),
        "Punkt 987654 er ikke på dette mødes dagsorden");
    refusedAs400(path, "{\"note\": [1, 2", "Forespørgslen kunne ikke læses");
    refusedAs400(
        path,
        JSON.writeValueAsString(
            Map.of(
                "note",
                "Ingen ændring",
                "items",
                List.of(Map.of("itemId", item.id(), "decision", item.minutesDecision())))),
        "ændrer intet");
    assertThat(documents.versions(meetingId, DocumentKind.MINUTES, Audience.PUBLIC)).hasSize(1);
    assertThat(items.get(item.id()).minutesDecision()).isEqualTo(item.minutesDecision());

    Answer ok = rest.post(path, "sekretaer", body);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(JSON.readTree(ok.body()).get("version").asInt()).isEqualTo(2);
    assertThat(items.get(item.id()).minutesDecision()).isEqualTo(corrected);

    String latest = rest.get("/public/meetings/" + meetingId + "/referat", null).body();
    assertThat(latest).contains(corrected).contains("Rettet").contains("efter aftale med");
    assertThat(HtmlChecker.errors(latest)).isEmpty();
    String first = rest.get("/public/meetings/" + meetingId + "/referat?version=1", null).body();
    assertThat(first).contains(item.minutesDecision()).doesNotContain(corrected);
    assertThat(rest.get("/public/meetings/" + meetingId, null).body())
        .contains("referat?version=1")
        .contains("referat?version=2");

    mail.dispatchDue();
    List<MimeMessage> told = Mails.inbox(smtp, "laege2@klu.example", "Rettet referat");
    assertThat(told).hasSize(1);
    assertThat(Mails.text(told.get(0))).contains("version 2").contains("efter aftale med");
  }

  void checkPublishedMinutes(long meetingId, AgendaItem confidential) throws Exception {
    mail.dispatchDue();
    List<MimeMessage> published = Mails.inbox(smtp, "laege2@klu.example", "Referat offentliggjort");
    assertThat(published).hasSize(1);
    assertThat(Mails.text(published.get(0)))
        .contains("https://klu.example.dk/public/meetings/" + meetingId);

    Answer archive = rest.get("/public/meetings", null);
    assertThat(archive.status()).isEqualTo(200);
    assertThat(HtmlChecker.errors(archive.body())).isEmpty();
    assertThat(archive.body()).contains("/public/meetings/" + meetingId + "/referat?version=1");
    assertThat(rest.headers("/public/meetings").firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));

    // The list a municipal site shows in a frame: stable absolute links, framed by its site only.
    Answer embed = rest.get("/public/embed/minutes", null);
    assertThat(embed.status()).isEqualTo(200);
    assertThat(HtmlChecker.errors(embed.body())).isEmpty();
    assertThat(embed.body())
        .contains("https://klu.example.dk/public/meetings/" + meetingId + "/referat\"")
        .contains("https://klu.example.dk/public/meetings/" + meetingId + "/referat.pdf\"")
        .contains("Referat: " + meetings.get(meetingId).titleWithDate())
        .contains("<base target=\"_top\"");
    assertThat(rest.headers("/public/embed/minutes").firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'none'")
                    .contains("frame-ancestors 'self' https://sundhedstilbud.example.dk"));
    Answer wrongCount = rest.get("/public/embed/minutes?antal=mange", null);
    assertThat(wrongCount.status()).isEqualTo(400);
    assertThat(wrongCount.body()).contains("antal skal være et helt tal fra 1 til 100");
    Answer page = rest.get("/public/meetings/" + meetingId, null);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    assertThat(page.body()).doesNotContain(confidential.title());

    Answer minutes = rest.get("/public/meetings/" + meetingId + "/referat", null);
    assertThat(minutes.status()).isEqualTo(200);
    assertThat(HtmlChecker.errors(minutes.body())).isEmpty();
    assertThat(minutes.body()).contains("Deltagere").contains("Lukket punkt");
    for (AgendaItem item : items.onAgenda(meetingId)) {
      if (item.confidential()) {
        assertThat(minutes.body()).doesNotContain(item.title());
      } else {
        assertThat(minutes.body()).contains(item.title());
      }
    }
    RestClient.Bytes pdf = rest.getBytes("/public/meetings/" + meetingId + "/referat.pdf", null);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(new PDFTextStripper().getText(doc)).doesNotContain(confidential.title());
    }

    Answer feed = rest.get("/public/calendar.ics", null);
    assertThat(CalendarChecker.errors(feed.body())).isEmpty();
    Calendar calendar =
        new CalendarBuilder()
            .build(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(calendar.getComponents("VEVENT").toString())
        .contains("klu-meeting-" + meetingId + "@klu.example.dk");

    // the older address of the open data's meetings list; the whole API conforms to OParl 1.1
    JsonNode open = JSON.readTree(rest.get("/public/meetings.json", null).body());
    JsonNode meeting = open.get("data").get(0);
    assertThat(OParlChecker.walk(rest, "https://klu.example.dk", "/public/oparl").violations())
        .isEmpty();
    assertThat(meeting.get("meetingState").asText()).isEqualTo("minutesPublished");
    assertThat(meeting.get("resultsProtocol").get("downloadUrl").asText())
        .isEqualTo(
            "https://klu.example.dk/public/meetings/" + meetingId + "/referat.pdf?version=1");
    assertThat(meeting.get("agendaItem").toString())
        .contains("\"public\":false")
        .doesNotContain(confidential.title());

    String atom = rest.get("/public/minutes.atom", null).body();
    var xml =
        javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getElementsByTagName("entry").getLength()).isEqualTo(1);

    // The secretariat sees what was sent, to whom; members do not.
    Answer sent = rest.get("/api/outbox", "sekretaer");
    assertThat(sent.status()).isEqualTo(200);
    assertThat(JSON.readTree(sent.body()).get("mailEnabled").asBoolean()).isTrue();
    assertThat(sent.body()).contains("\"status\":\"SENT\"").contains("laege2@klu.example");
    assertThat(rest.get("/api/outbox", "laege").status()).isEqualTo(403);

    // Nothing was sent twice: each outbox message reached each inbox at most once.
    Map<String, Long> copies = new LinkedHashMap<>();
    for (String address :
        List.of("laege@klu.example", "laege2@klu.example", "sekretaer@klu.example")) {
      for (MimeMessage m : Mails.inbox(smtp, address)) {
        copies.merge(address + " " + Mails.messageId(m), 1L, Long::sum);
      }
    }
    assertThat(copies).isNotEmpty().allSatisfy((who, count) -> assertThat(count).as(who).isOne());
    assertThat(outbox.entries(1000))
        .extracting(e -> e.status().name())
        .doesNotContain("RETRY", "FAILED");
  }

  // --- helpers (the driver in support does the work) ----------------------------------------

  void clock(String time) {
    cycle.clock(time);
  }

  /** Runs every job that is due now, as the job executor would, until none is left. */
  void runDueJobs() {
    cycle.runDueJobs();
  }

  List<String> kinds() {
    return outbox.all().stream().map(Message::kind).toList();
  }

  Answer startMeeting(String start) throws Exception {
    return cycle.startMeeting(start);
  }

  String submitItem(String user, String title, String topic, String kind) throws Exception {
    return cycle.submitItem(user, title, topic, kind);
  }

  Object variable(String processInstanceId, String name) {
    return cycle.variable(processInstanceId, name);
  }

  long itemId(String itemPi) {
    return cycle.itemId(itemPi);
  }

  boolean ended(String processInstanceId) {
    return cycle.ended(processInstanceId);
  }

  List<Task> tasks(String key) {
    return cycle.tasks(key);
  }

  Task single(String key) {
    return cycle.single(key);
  }

  String task(String processInstanceId, String key) {
    return cycle.task(processInstanceId, key);
  }

  /**
   * The secretariat's {@code json} to {@code path} is refused as a bad request, saying {@code why}.
   */
  void refusedAs400(String path, String json, String why) {
    Answer answer = rest.post(path, "sekretaer", json);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains(why);
  }

  /** The secretariat triages the item with {@code values}. */
  void triage(String itemPi, Map<String, Object> values) throws Exception {
    complete("sekretaer", triageTask(itemPi), values);
  }

  /** The secretariat completes the item's task at {@code step} with {@code values}. */
  void secretariatDecides(String itemPi, AgendaItemProcess.Element step, Map<String, Object> values)
      throws Exception {
    complete("sekretaer", task(itemPi, step.id()), values);
  }

  String triageTask(String itemPi) {
    return cycle.triageTask(itemPi);
  }

  List<Map<String, Object>> agendaRows(String meetingPi) {
    return cycle.agendaRows(meetingPi);
  }

  static String pdfText(Mails.MailPart pdf) throws java.io.IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.content())) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
