package dk.klu.publication;

import static dk.klu.support.CycleDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemSource;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.MailDispatcher;
import dk.klu.notification.MailProperties;
import dk.klu.support.ApplicationTest;
import dk.klu.support.Backstage.OpenTask;
import dk.klu.support.CycleDriver;
import dk.klu.support.CycleDriver.Reply;
import dk.klu.support.Mails;
import dk.klu.support.OParlChecker;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Confidentiality follows the content through every path that creates or moves an agenda item
 * (security review, issue 17). Two meeting cycles over REST, as their people do them, with
 * confidential content ("HEMMELIG-...") entering by each path:
 *
 * <ul>
 *   <li>triage: an item marked "Lukket punkt" when it goes on the agenda;
 *   <li>re-triage: an item marked confidential while it went back for information, then put on the
 *       agenda with the box unticked;
 *   <li>moved: a confidential item the chairs move to the next meeting, triaged there again without
 *       the box;
 *   <li>late: a late item the secretariat admits as confidential;
 *   <li>carry-over: a follow-up action agreed under a confidential item, still open when the next
 *       agenda is drafted;
 *   <li>agreement rejection: the draft agreement of a confidential item, rejected by the regional
 *       body with a reason that comes back to the committee as "Afvist aftale: …".
 * </ul>
 *
 * Then nothing of it is in any public output (the archive pages, the released agendas and minutes
 * as HTML and PDF, open data, Atom, iCalendar), nor in any mail to an address outside the
 * committee; while the committee's own agenda has it all.
 */
@TestPropertySource(
    properties = {
      "spring.mail.host=localhost",
      "klu.mail.scheduler-enabled=false",
      "klu.public-url=https://klu.example.dk",
      "klu.oparl.page-size=1",
      "spring.datasource.url=jdbc:h2:mem:klu-confidential;DB_CLOSE_DELAY=-1"
    })
class ConfidentialContentTest extends ApplicationTest {

  @Autowired dk.klu.roster.RosterService roster;

  static final String SECRET = "HEMMELIG";

  @RegisterExtension static GreenMailExtension smtp = Mails.smtpServer();

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    Mails.sendTo(smtp, registry);
  }

  @Autowired MeetingService meetings;
  @Autowired AgendaItemService items;
  @Autowired MailDispatcher mail;
  @Autowired MailProperties mailProperties;

  @Test
  void confidentialContentReachesNoPublicOutputByAnyPath() throws Exception {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
    String first = started(cycle.startMeeting("2027-03-11T14:00"));
    String second = started(cycle.startMeeting("2027-06-10T14:00"));
    long firstId = ((Number) cycle.variable(first, "meetingId")).longValue();
    long secondId = ((Number) cycle.variable(second, "meetingId")).longValue();
    assertThat(cycle.advanceToNextTimer()).as("the first call").isTrue();
    assertThat(meetings.get(firstId).phase()).isEqualTo(MeetingPhase.INTAKE_OPEN);

    String triaged = cycle.submitItem("laege", secret("TRIAGE"));
    String retriaged = cycle.submitItem("laege", secret("RETRIAGE"));
    String moved = cycle.submitItem("laege2", secret("FLYTTET"));
    assertThat(cycle.advanceUntilTasks()).isNotEmpty(); // the deadline: triage
    String late = cycle.submitItem("laege2", secret("SENT"));
    assertThat(cycle.variable(late, "itemPlacement")).isEqualTo("LATE");

    // late: admitted, as a closed item
    cycle.complete(
        "sekretaer",
        cycle.task(late, AgendaItemProcess.Element.UserTask_DecideLateItem.id()),
        Map.of("lateDecision", "ADMIT", "lateConfidential", true));
    // triage: closed as it goes on the agenda
    for (String item : List.of(triaged, moved)) {
      cycle.complete(
          "sekretaer",
          cycle.triageTask(item),
          Map.of("triageOutcome", "ON_AGENDA", "triageConfidential", true));
    }
    // re-triage: closed in the first round; the second round's unticked box keeps it closed
    cycle.complete(
        "sekretaer",
        cycle.triageTask(retriaged),
        Map.of(
            "triageOutcome",
            "NEEDS_INFORMATION",
            "triageConfidential",
            true,
            "triageInformationRequest",
            "Hvilken praksis drejer det sig om?"));
    cycle.complete(
        "laege",
        cycle.single("UserTask_ProvideInformation").getId(),
        Map.of("informationAnswer", SECRET + "-RETRIAGE-SVAR: lægehuset på hjørnet."));
    cycle.complete(
        "sekretaer",
        cycle.triageTask(retriaged),
        Map.of("triageOutcome", "ON_AGENDA", "triageConfidential", false));

    long triagedId = cycle.itemId(triaged);
    long movedId = cycle.itemId(moved);
    String actionDue = "2027-07-15";
    boolean done =
        cycle.drive(
            actionDue,
            task -> {
              boolean inFirst = cycle.kit().rootOf(task.processInstanceId()).equals(first);
              return switch (task.key()) {
                case "UserTask_ReviewAgendaChair", "UserTask_ReviewAgendaGpChair" ->
                    inFirst ? moveToNextMeeting(cycle, task, movedId) : Reply.PLAIN;
                case "UserTask_WriteMinutes" ->
                    inFirst
                        ? minutesWithAgreementAndAction(cycle, task, firstId, triagedId)
                        : Reply.PLAIN;
                // the action stays open until the next agenda is drafted (and carries it over)
                case "UserTask_FollowUpAction" ->
                    inFirst
                            && meetings.get(secondId).phase().ordinal()
                                < MeetingPhase.AGENDA_DRAFTED.ordinal()
                        ? Reply.WAIT
                        : Reply.PLAIN;
                case "UserTask_DraftAgreement" -> draftAgreement(cycle, task);
                case "UserTask_RegisterAnswer" -> {
                  cycle.complete(
                      "sekretaer",
                      task.id(),
                      Map.of(
                          "answerOutcome",
                          "REJECTED",
                          "answerRejectionReason",
                          SECRET + "-AFVIST: borgerens sag kan ikke løses ved en aftale."));
                  yield Reply.ANSWERED;
                }
                default -> Reply.PLAIN;
              };
            },
            () -> engine.getRuntimeService().createProcessInstanceQuery().count() == 0,
            400);
    assertThat(done).as("every process ended").isTrue();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

    // Every path was taken: the secret content is on the agendas.
    assertThat(items.onAgenda(firstId))
        .extracting(AgendaItem::id)
        .contains(triagedId, cycle.itemId(retriaged), cycle.itemId(late))
        .doesNotContain(movedId);
    assertThat(items.onAgenda(secondId))
        .anyMatch(i -> i.id() == movedId)
        .anyMatch(i -> i.source() == ItemSource.FOLLOW_UP && holdsSecret(i))
        .anyMatch(i -> i.title().startsWith("Afvist aftale:") && holdsSecret(i));

    mail.dispatchDue();
    // The committee's own agenda shows it all ...
    String committeeAgenda =
        Mails.inbox(smtp, "laege@klu.example", "Dagsorden:").stream()
            .map(ConfidentialContentTest::everything)
            .collect(Collectors.joining("\n"));
    assertThat(committeeAgenda)
        .contains(
            SECRET + "-TRIAGE",
            SECRET + "-RETRIAGE",
            SECRET + "-SENT",
            SECRET + "-FLYTTET",
            SECRET + "-HANDLING",
            SECRET + "-AFVIST");

    // ... the public nothing of it.
    Map<String, String> outputs = publicOutputs(rest, List.of(firstId, secondId));
    assertThat(outputs.get("/public/meetings/" + secondId + "/dagsorden")).contains("Lukket punkt");
    assertThat(outputs)
        .allSatisfy((path, text) -> assertThat(text).as(path).doesNotContain(SECRET));

    // ... nor anybody outside the committee by mail (its people: the users and everyone on the
    // roster, and its own mailbox that every mail is addressed to, the people in blind copy).
    Set<String> committee =
        engine.getIdentityService().createUserQuery().list().stream()
            .map(User::getEmail)
            .collect(Collectors.toCollection(java.util.HashSet::new));
    roster.all().forEach(term -> committee.add(term.email()));
    committee.add(mailProperties.from());
    List<String> outside = new ArrayList<>();
    for (GreenMailUser user : smtp.getUserManager().listUser()) {
      if (committee.contains(user.getEmail())) {
        continue;
      }
      outside.add(user.getEmail());
      for (MimeMessage message : Mails.inbox(smtp, user.getEmail())) {
        assertThat(everything(message)).as(user.getEmail()).doesNotContain(SECRET);
      }
    }
    assertThat(outside).as("the regional body got the agreement").isNotEmpty();

    // Each item holding it is confidential.
    List<AgendaItem> agendas = new ArrayList<>(items.onAgenda(firstId));
    agendas.addAll(items.onAgenda(secondId));
    assertThat(agendas.stream().filter(ConfidentialContentTest::holdsSecret))
        .hasSize(6)
        .allSatisfy(i -> assertThat(i.confidential()).as(i.title()).isTrue());
  }

  // --- the scripted tasks ------------------------------------------------------------------

  /** The chairs leave one item out: it moves to the next meeting. */
  static Reply moveToNextMeeting(CycleDriver cycle, OpenTask task, long itemId) throws Exception {
    List<Map<String, Object>> rows = cycle.backstage().rows(task.id(), "agendaItems");
    List<Map<String, Object>> edited = submitted(rows);
    for (int i = 0; i < rows.size(); i++) {
      if (((Number) rows.get(i).get("itemId")).longValue() == itemId) {
        edited.get(i).put("include", false);
      }
    }
    boolean chair = task.key().equals("UserTask_ReviewAgendaChair");
    cycle.complete(
        chair ? "formand" : "plo-formand",
        task.id(),
        Map.of("agendaItems", edited, chair ? "chairDecision" : "gpChairDecision", "APPROVE"));
    return Reply.ANSWERED;
  }

  /**
   * The minutes: a draft agreement and a follow-up action under the confidential item, the action
   * due after the next meeting's agenda is drafted.
   */
  Reply minutesWithAgreementAndAction(CycleDriver cycle, OpenTask task, long meetingId, long itemId)
      throws Exception {
    List<Long> order = items.onAgendaIds(meetingId);
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (long id : order) {
      minutes.add(CycleDriver.minutesRow(id == itemId));
    }
    cycle.complete(
        "sekretaer",
        task.id(),
        Map.of(
            "minutesItems",
            minutes,
            "followUpActions",
            List.of(
                CycleDriver.followUpAction(
                    cycle.minutesNumber(task.id(), order.indexOf(itemId) + 1),
                    SECRET + "-HANDLING: tal med den navngivne praksis",
                    "2027-06-30"))));
    return Reply.ANSWERED;
  }

  /**
   * The drafters write what goes to the regional body in their own words; the body's answer is what
   * comes back to the committee.
   */
  static Reply draftAgreement(CycleDriver cycle, OpenTask task) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("agreementTitle", "Aftale om et fælles forløb");
    values.put("agreementDraft", "Kommunen og almen praksis aftaler et fælles forløb.");
    values.put("bindingObligations", true);
    values.put("newUnpaidTask", false);
    values.put("specialFee", false);
    values.put("draftDecision", "SEND");
    cycle.complete("sekretaer", task.id(), values);
    return Reply.ANSWERED;
  }

  // --- what the public and outsiders get ---------------------------------------------------

  /** Every public output, by path: pages, released documents (HTML and PDF text), feeds. */
  static Map<String, String> publicOutputs(RestClient rest, List<Long> meetingIds)
      throws Exception {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/public/meetings",
                "/public/meetings.json",
                "/public/minutes.atom",
                "/public/calendar.ics"));
    for (long id : meetingIds) {
      paths.add("/public/meetings/" + id);
      paths.add("/public/meetings/" + id + "/dagsorden");
      paths.add("/public/meetings/" + id + "/referat");
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String path : paths) {
      Answer answer = rest.get(path, null);
      assertThat(answer.status()).as(path).isEqualTo(200);
      outputs.put(path, answer.body());
    }
    // open data: every object and list page, reached from the System object, conforms to OParl 1.1
    OParlChecker.Walk walk = OParlChecker.walk(rest, "https://klu.example.dk", "/public/oparl");
    assertThat(walk.violations()).isEmpty();
    assertThat(walk.responses().keySet())
        .contains(
            "https://klu.example.dk/public/oparl/meetings?page=2",
            "https://klu.example.dk/public/oparl/meetings/"
                + meetingIds.get(0)
                + "/agenda-items/1");
    outputs.putAll(walk.responses());
    // a file the walk does not reach (a committee version: all public versions are linked) is 404
    for (int id = 1; id <= 60; id++) {
      String file = "/public/oparl/files/" + id;
      if (!walk.responses().containsKey("https://klu.example.dk" + file)) {
        assertThat(rest.get(file, null).status()).as(file).isEqualTo(404);
      }
    }
    for (long id : meetingIds) {
      for (String kind : List.of("dagsorden", "referat")) {
        String path = "/public/meetings/" + id + "/" + kind + ".pdf";
        RestClient.Bytes pdf = rest.getBytes(path, null);
        assertThat(pdf.status()).as(path).isEqualTo(200);
        outputs.put(path, pdfText(pdf.body()));
      }
    }
    return outputs;
  }

  /** A mail's subject, text parts and the text of its PDFs. */
  static String everything(MimeMessage message) {
    StringBuilder text = new StringBuilder(Mails.subject(message)).append('\n');
    for (Mails.MailPart part : Mails.parts(message)) {
      text.append(
              part.contentType().toLowerCase().startsWith("application/pdf")
                  ? pdfText(part.content())
                  : part.text())
          .append('\n');
    }
    return text.toString();
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  /** An item whose title and text carry the secret marker of its path. */
  static Map<String, Object> secret(String path) {
    Map<String, Object> values =
        CycleDriver.itemValues(
            SECRET + "-" + path + " om en navngiven borger", "ANDET", "DECISION");
    values.put("itemDescription", SECRET + "-" + path + ": borgerens sag i detaljer.");
    return values;
  }

  static boolean holdsSecret(AgendaItem item) {
    return String.join(
            " ",
            String.valueOf(item.title()),
            String.valueOf(item.description()),
            String.valueOf(item.informationAnswer()))
        .contains(SECRET);
  }

  static String started(Answer answer) throws Exception {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return CycleDriver.JSON.readTree(answer.body()).get("id").asText();
  }
}
