package dk.klu.evaluation;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemKind;
import dk.klu.agenda.NewItem;
import dk.klu.agenda.Topic;
import dk.klu.agenda.TriageOutcome;
import dk.klu.agreement.AgreementService;
import dk.klu.agreement.ImplementationStatus;
import dk.klu.agreement.Payer;
import dk.klu.agreement.Route;
import dk.klu.agreement.RouteFacts;
import dk.klu.agreement.RouteOption;
import dk.klu.document.DocumentArchive;
import dk.klu.document.DocumentKind;
import dk.klu.document.DocumentRepository;
import dk.klu.document.EvaluationDocuments;
import dk.klu.evaluation.EvaluationReport.Count;
import dk.klu.evaluation.EvaluationReport.MeetingLine;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.followup.NewAction;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.MailDispatcher;
import dk.klu.notification.Message;
import dk.klu.notification.Outbox;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.KluGroups;
import dk.klu.support.ApplicationTest;
import dk.klu.support.HtmlChecker;
import dk.klu.support.Mails;
import dk.klu.support.Meetings;
import dk.klu.support.PdfStructure;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The annual evaluation. First the report: a known year of data made through the services with the
 * clock moved (meetings held and not, items on time and late, agendas and minutes on time and late,
 * follow-ups done, late and overdue, agreements in four states, plus meetings of the years around
 * it), and every figure asserted. Then the process over REST as its people: the secretariat starts
 * and completes it, a chair sends it back, both approve, it is sent to the Samarbejdsudvalg with
 * the tagged PDF and archived. Runs on H2 and PostgreSQL.
 */
@TestPropertySource(
    properties = {
      "spring.mail.host=127.0.0.1",
      "klu.mail.scheduler-enabled=false",
      "klu.evaluation.recipient=su@region.example"
    })
abstract class EvaluationFlowTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A real SMTP server on a free port (other builds on the machine may hold the usual ones). */
  @RegisterExtension static GreenMailExtension smtp = Mails.smtpServer(smtpSetup());

  static ServerSetup smtpSetup() {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  @DynamicPropertySource
  static void mailPort(DynamicPropertyRegistry registry) {
    Mails.sendTo(smtp, registry);
  }

  @Autowired MeetingService meetings;
  @Autowired AgendaItemService items;
  @Autowired FollowUpService followUps;
  @Autowired AgreementService agreements;
  @Autowired DocumentArchive documents;
  @Autowired EvaluationReportGenerator generator;
  @Autowired EvaluationService evaluations;
  @Autowired EvaluationDocuments evaluationDocuments;
  @Autowired DocumentRepository released;
  @Autowired Outbox outbox;
  @Autowired MailDispatcher mail;

  // --- the report ---------------------------------------------------------------------------

  @Test
  void theReportCountsAKnownYearExactly() {
    clock("2024-09-01T10:00:00+02:00");
    Meeting m0 = meetings.plan("2024-11-14T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    Meeting m1 = meetings.plan("2025-03-13T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    Meeting m2 = meetings.plan("2025-06-24T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    Meeting m3 = meetings.plan("2025-12-09T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    Meeting m4 = meetings.plan("2026-02-10T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    // the deadlines the rules of procedure gave them (the figures below depend on them)
    assertThat(date(m1.itemDeadline())).isEqualTo("2025-02-27");
    assertThat(date(m1.agendaSendAt())).isEqualTo("2025-03-06");
    assertThat(date(m1.minutesApprovalDue())).isEqualTo("2025-03-25");
    assertThat(date(m2.itemDeadline())).isEqualTo("2025-06-10");
    assertThat(date(m2.agendaSendAt())).isEqualTo("2025-06-17");
    assertThat(m2.minutesApprovalDue()).isBefore(OffsetDateTime.parse("2025-07-07T00:00:00+02:00"));
    assertThat(date(m3.itemDeadline())).isEqualTo("2025-11-25");
    assertThat(date(m3.agendaSendAt())).isEqualTo("2025-12-02");

    // 2024: held, with an overdue action; not part of 2025's figures
    long old = items.carryOver(m0.id(), 0L, "Punkt fra 2024", "Beskrivelse.");
    items.draftAgenda(m0.id());
    call(m0, "2024-10-17T09:00:00+02:00");
    phase(m0, MeetingPhase.AGENDA_SENT, "2024-11-07T09:00:00+01:00");
    phase(m0, MeetingPhase.HELD, "2024-11-14T16:00:00+01:00");
    followUps.replaceActions(
        m0.id(),
        List.of(new NewAction(old, "Gammel handling", "Sekretariatet", day("2024-12-01"))));

    // M1, 13 March: two items on time, one late and admitted; agenda and minutes on time and
    // released as documents; two actions, one done on time and one done late
    call(m1, "2025-02-13T10:00:00+01:00");
    phase(m1, MeetingPhase.INTAKE_OPEN, "2025-02-13T10:00:00+01:00");
    long a =
        submit(
            "Vagtlægedækning", Topic.LAEGEDAEKNING, ItemKind.DECISION, "2025-02-20T12:00:00+01:00");
    long b =
        submit("Rygestop", Topic.FOREBYGGELSE, ItemKind.INFORMATION, "2025-02-26T12:00:00+01:00");
    phase(m1, MeetingPhase.INTAKE_CLOSED, "2025-02-27T14:00:00+01:00");
    long c =
        submit("Medicingennemgang", Topic.MEDICIN, ItemKind.DECISION, "2025-03-01T09:00:00+01:00");
    items.triage(a, TriageOutcome.ON_AGENDA, null);
    items.triage(b, TriageOutcome.ON_AGENDA, null);
    items.decideLate(c, true, "Optages.", false);
    items.addStandingTopics(m1.id());
    items.draftAgenda(m1.id());
    clock("2025-03-06T14:05:00+01:00");
    meetings.moveTo(m1.id(), MeetingPhase.AGENDA_SENT);
    documents.release(m1.id(), DocumentKind.AGENDA, "klu-meeting", null);
    phase(m1, MeetingPhase.HELD, "2025-03-13T16:00:00+01:00");
    followUps.replaceActions(
        m1.id(),
        List.of(
            new NewAction(a, "Skriv til vagtlægerne", "Sekretariatet", day("2025-04-30")),
            new NewAction(a, "Følg op med PLO", "Formanden", day("2025-05-31"))));
    clock("2025-03-21T10:00:00+01:00");
    meetings.moveTo(m1.id(), MeetingPhase.MINUTES_PUBLISHED);
    documents.release(m1.id(), DocumentKind.MINUTES, "klu-meeting", null);
    List<FollowUpAction> m1Actions = followUps.ofMeeting(m1.id());
    clock("2025-04-20T10:00:00+02:00");
    followUps.complete(m1Actions.get(0).id(), "Brevet er sendt.");
    clock("2025-06-15T10:00:00+02:00");
    followUps.complete(m1Actions.get(1).id(), "Drøftet med PLO.");

    // M2, 24 June: two items on time (one rejected in triage), one late and admitted; agenda and
    // minutes late (times on the meeting only, no released document); two open actions
    call(m2, "2025-05-27T08:00:00+02:00");
    phase(m2, MeetingPhase.INTAKE_OPEN, "2025-05-27T08:00:00+02:00");
    long d =
        submit(
            "Lægedækning i yderområder",
            Topic.LAEGEDAEKNING,
            ItemKind.INFORMATION,
            "2025-06-02T12:00:00+02:00");
    long f =
        submit(
            "Parkering ved sundhedshuset",
            Topic.ANDET,
            ItemKind.DECISION,
            "2025-06-03T12:00:00+02:00");
    phase(m2, MeetingPhase.INTAKE_CLOSED, "2025-06-10T14:00:00+02:00");
    long e =
        submit(
            "Genoptræningsplaner",
            Topic.GENOPTRAENING,
            ItemKind.DECISION,
            "2025-06-11T09:00:00+02:00");
    items.triage(d, TriageOutcome.ON_AGENDA, null);
    items.triage(f, TriageOutcome.REJECTED, "Hører ikke under KLU.");
    items.decideLate(e, true, "Optages.", false);
    items.addStandingTopics(m2.id());
    items.draftAgenda(m2.id());
    phase(m2, MeetingPhase.AGENDA_SENT, "2025-06-18T09:00:00+02:00");
    phase(m2, MeetingPhase.HELD, "2025-06-24T16:00:00+02:00");
    followUps.replaceActions(
        m2.id(),
        List.of(
            new NewAction(d, "Kortlæg ydernumre", "Sekretariatet", day("2025-09-30")),
            new NewAction(d, "Plan for 2026", "Sekretariatet", day("2026-01-31"))));
    phase(m2, MeetingPhase.MINUTES_PUBLISHED, "2025-07-11T10:00:00+02:00");

    // M3, 9 December: one item on time, agenda on time; not held yet
    call(m3, "2025-11-11T09:00:00+01:00");
    phase(m3, MeetingPhase.INTAKE_OPEN, "2025-11-11T09:00:00+01:00");
    submit(
        "Forebyggende hjemmebesøg",
        Topic.FOREBYGGELSE,
        ItemKind.DECISION,
        "2025-11-14T12:00:00+01:00");
    phase(m3, MeetingPhase.AGENDA_SENT, "2025-12-02T14:00:00+01:00");

    // 2026: not part of 2025's figures
    call(m4, "2026-01-13T09:00:00+01:00");

    // agreements: one from 2024 formalised in 2025, one drafting, one given up, one sent
    clock("2024-12-01T10:00:00+01:00");
    long formalised = agreementOn(m0, old, "KOL-opsporing");
    clock("2025-02-01T10:00:00+01:00");
    agreements.saveDraft(
        formalised, "KOL-opsporing", "Udkast.", new RouteFacts(true, false, false), "sekretaer");
    agreements.decideRoute(formalised, new RouteOption(Route.SU_PARAGRAPH_2, Payer.NONE, false), 1);
    agreements.markSent(formalised, "su@region.example", "Udkast", "Tekst");
    agreements.recordAnswer(
        formalised, dk.klu.agreement.Answer.FORMALISED, day("2025-09-01"), null, null, "sekretaer");
    clock("2025-04-01T10:00:00+02:00");
    agreementOn(m1, c, "Demensudredning");
    clock("2025-05-01T10:00:00+02:00");
    long withdrawn = agreementOn(m1, a, "Sårbehandling");
    agreements.withdraw(withdrawn, "Løses i sundhedsaftalen.", "sekretaer");
    clock("2025-08-01T10:00:00+02:00");
    long sent = agreementOn(m2, e, "Hjemmebesøg efter udskrivelse");
    agreements.decideRoute(sent, new RouteOption(Route.SU_PARAGRAPH_2, Payer.NONE, false), 1);
    agreements.markSent(sent, "su@region.example", "Udkast", "Tekst");

    // the secretariat's follow-up on the formalised agreement's implementation
    agreements.followUpImplementation(
        formalised,
        ImplementationStatus.IN_PROGRESS,
        "Halvdelen af praksis tilbyder spirometri.",
        day("2025-07-31"),
        "sekretaer");

    clock("2025-12-20T09:00:00+01:00");
    EvaluationReport r = generator.generate(2025);

    assertThat(r.year()).isEqualTo(2025);
    assertThat(r.meetings()).isEqualTo(new EvaluationReport.Meetings(4, 3, 2));
    assertThat(r.meetingLines())
        .containsExactly(
            new MeetingLine(m1.id(), "KLU-møde", day("2025-03-13"), true, 7, true, true, 21, 8),
            new MeetingLine(m2.id(), "KLU-møde", day("2025-06-24"), true, 6, false, false, 22, 17),
            new MeetingLine(
                m3.id(), "KLU-møde", day("2025-12-09"), false, 0, true, null, 21, null));

    assertThat(r.items().total()).isEqualTo(13);
    assertThat(r.items().decision()).isEqualTo(3);
    assertThat(r.items().information()).isEqualTo(10);
    assertThat(r.items().byTopic())
        .containsExactly(
            new Count("SUNDHEDSAFTALE", "Opfølgning på sundhedsaftalen", 2),
            new Count("SUNDHEDSPOLITIK", "Lokale sundhedspolitiske initiativer", 2),
            new Count("LAEGEDAEKNING", "Lægedækning", 4),
            new Count(
                "KOMMUNIKATION", "Elektronisk kommunikation mellem almen praksis og kommunen", 2),
            new Count("GENOPTRAENING", "Genoptræning og træning", 1),
            new Count("FOREBYGGELSE", "Forebyggelse", 1),
            new Count("MEDICIN", "Polyfarmaci og medicinhåndtering", 1));
    assertThat(r.items().bySource())
        .containsExactly(
            new Count("SUBMITTED", "Indsendt", 5),
            new Count("STANDING", "Fast emne (anbefalet, kan udelades)", 8),
            new Count("FOLLOW_UP", "Overført opfølgning", 0),
            new Count("YEAR_PLAN", "Fra årshjulet", 0));

    assertThat(r.deadlines()).isEqualTo(new EvaluationReport.Deadlines(7, 5, 2, 3, 2, 2, 1));
    assertThat(r.durations())
        .isEqualTo(
            new EvaluationReport.Durations(
                3, new BigDecimal("21.0"), 22, 2, new BigDecimal("12.5"), 17));
    assertThat(r.followUps()).isEqualTo(new EvaluationReport.FollowUps(4, 2, 1, 1, 1));

    assertThat(r.agreements().total()).isEqualTo(4);
    assertThat(r.agreements().draftedInYear()).isEqualTo(3);
    assertThat(r.agreements().byStatus())
        .containsExactly(
            new Count("DRAFTING", "Under udarbejdelse", 1),
            new Count("AWAITING_SETTLEMENT_AGREEMENT", "Afventer afregningsaftale med regionen", 0),
            new Count("AWAITING_COMMITTEE", "Revideret udkast afventer udvalgets beslutning", 0),
            new Count("SENT", "Sendt – afventer svar", 1),
            new Count("FORMALISED", "Formaliseret", 1),
            new Count("REJECTED", "Afvist", 0),
            new Count("WITHDRAWN", "Opgivet", 1));
    assertThat(r.agreements().registry())
        .filteredOn(l -> l.id() == formalised)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.status()).isEqualTo("Formaliseret");
              assertThat(l.effectiveDate()).isEqualTo(day("2025-09-01"));
              assertThat(l.route()).isEqualTo(Route.SU_PARAGRAPH_2.danish());
              assertThat(l.implementation()).isEqualTo("I gang");
              assertThat(l.implementationAsOf()).isEqualTo(day("2025-07-31"));
              assertThat(l.implementationNote())
                  .isEqualTo("Halvdelen af praksis tilbyder spirometri.");
            });
    // not formalised: no implementation to follow up yet
    assertThat(r.agreements().registry())
        .filteredOn(l -> l.id() == sent)
        .singleElement()
        .satisfies(l -> assertThat(l.implementation()).isNull());

    // a year without meetings counts nothing (and the other years' data stays out)
    EvaluationReport empty = generator.generate(2022);
    assertThat(empty.meetings()).isEqualTo(new EvaluationReport.Meetings(4, 0, 0));
    assertThat(empty.deadlines()).isEqualTo(new EvaluationReport.Deadlines(0, 0, 0, 0, 0, 0, 0));
    assertThat(empty.durations().callToAgendaMedian()).isNull();
    assertThat(empty.followUps()).isEqualTo(new EvaluationReport.FollowUps(0, 0, 0, 0, 0));

    // stored as a snapshot: read back the same, and rendered as valid HTML with the figures
    Evaluation stored = evaluations.generate(2025, "test-instance", "sekretaer");
    assertThat(stored.report().deadlines()).isEqualTo(r.deadlines());
    assertThat(stored.report().durations()).isEqualTo(r.durations());
    assertThat(stored.report().meetingLines()).isEqualTo(r.meetingLines());
    assertThat(stored.report().agreements()).isEqualTo(r.agreements());
    assertThat(EvaluationSummary.of(stored.report()))
        .contains("Møder: 3 planlagt, 2 afholdt (forretningsordenen: 4 pr. år)")
        .contains("Punkter indsendt inden fristen: 5 af 7")
        .contains("Dage fra møde til referat: median 12,5, længst 17")
        .contains("Opfølgningspunkter: 4 i alt, 2 udført (1 efter fristen), 1 med overskredet");
    String html = evaluationDocuments.previewHtml(stored, true);
    assertThat(HtmlChecker.errors(html)).isEmpty();
    assertThat(html).contains("<html lang=\"da\"", "Årsevaluering 2025", "12,5", "Udkast");
    assertThat(html)
        .contains("Status på implementering af lokale aftaler")
        .contains("I gang pr. 31. juli 2025", "Halvdelen af praksis tilbyder spirometri.");
  }

  // --- the process over REST ----------------------------------------------------------------

  @Test
  void secretariatCompletes_chairReturns_bothApprove_sentToTheRegionAndArchived() throws Exception {
    clock("2023-01-02T10:00:00+01:00");
    Meeting planned =
        meetings.plan("2023-05-10T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    clock("2023-12-01T09:00:00+01:00");

    // the start form: a future year and a non-secretariat starter are refused, nothing started
    String start = "/engine-rest/process-definition/key/klu-evaluation/submit-form";
    assertThat(
            rest.get(
                    "/engine-rest/process-definition/key/klu-evaluation/deployed-start-form",
                    "sekretaer")
                .status())
        .isEqualTo(200);
    Answer future = rest.post(start, "sekretaer", body(Map.of("year", 2024)));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("kan ikke evalueres");
    assertThat(rest.post(start, "formand", body(Map.of("year", 2023))).status()).isEqualTo(403);
    assertThat(rest.post(start, "laege", body(Map.of("year", 2023))).status()).isIn(403, 404);
    assertThat(evaluations.find(2023)).isEmpty();

    Answer started = start(Map.of("year", 2023));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = JSON.readTree(started.body()).get("id").asText();
    kit.runDueJobs();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pi)
                .singleResult()
                .getBusinessKey())
        .isEqualTo("evaluation-2023");
    Evaluation generated = evaluations.get(2023);
    assertThat(generated.status()).isEqualTo(EvaluationStatus.DRAFTING);
    assertThat(generated.createdBy()).isEqualTo("sekretaer");
    assertThat(generated.report().meetingLines())
        .extracting(MeetingLine::meetingId)
        .containsExactly(planned.id());
    String complete = kit.task(pi, "UserTask_CompleteEvaluation");
    assertThat((String) engine.getTaskService().getVariable(complete, "evaluationFigures"))
        .contains("Møder: 1 planlagt, 0 afholdt");

    // a second evaluation of the same year is refused
    Answer again = rest.post(start, "sekretaer", body(Map.of("year", 2023)));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("allerede startet");

    // started past the form (through the engine API, as a call from another process would), the
    // second evaluation of the year ends as the model shows it, not as an incident
    String second =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("klu-evaluation", Map.of("year", 2023))
            .getId();
    kit.runDueJobs();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(second)
                .activityId("EndEvent_EvaluationExists")
                .finished()
                .count())
        .isOne();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(second).count())
        .isZero();
    assertThat(evaluations.get(2023).processInstanceId()).isEqualTo(pi);

    // the preview: for the secretariat and the chairs, valid HTML and a PDF; not for members
    Answer preview = rest.get("/api/evaluations/2023/preview", "formand");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(HtmlChecker.errors(preview.body())).isEmpty();
    assertThat(preview.body()).contains("Udkast – ikke godkendt", "Årsevaluering 2023");
    assertThat(rest.getBytes("/api/evaluations/2023/preview.pdf", "sekretaer").contentType())
        .startsWith("application/pdf");
    assertThat(rest.get("/api/evaluations/2023/preview", "laege").status()).isEqualTo(403);
    assertThat(rest.get("/api/evaluations/2023/preview", null).status()).isEqualTo(401);
    assertThat(rest.get("/api/evaluations/2022/preview", "sekretaer").status()).isEqualTo(404);
    assertThat(rest.get("/api/evaluations/2023", "sekretaer").status()).isEqualTo(404);

    // two weeks pass: the secretariat is reminded, then the secretariat and both chairs warned
    clock("2023-12-13T09:01:00+01:00");
    kit.runDueJobs();
    assertThat(Mails.ofKind(outbox, "EVALUATION_REMINDER"))
        .singleElement()
        .satisfies(m -> assertThat(m.recipients()).containsExactly("group:secretariat"));
    assertThat(Mails.ofKind(outbox, "EVALUATION_OVERDUE")).isEmpty();
    clock("2023-12-15T09:01:00+01:00");
    kit.runDueJobs();
    assertThat(Mails.ofKind(outbox, "EVALUATION_OVERDUE"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.recipients())
                    .containsExactly("group:secretariat", "formand", "plo-formand"));
    assertThat(kit.task(pi, "UserTask_CompleteEvaluation")).isEqualTo(complete);

    // the secretariat completes it; without an assessment it is refused
    refused(
        "sekretaer",
        complete,
        Map.of("evaluationRecommendations", "Fire møder."),
        "Sekretariatets vurdering");
    complete("sekretaer", complete, texts("Samarbejdet fungerer.", "Fire møder."));
    assertThat(evaluations.get(2023).status()).isEqualTo(EvaluationStatus.AWAITING_APPROVAL);

    // a week passes: each chair is reminded, then warned with the secretariat
    clock("2023-12-22T09:02:00+01:00");
    kit.runDueJobs();
    assertThat(Mails.ofKind(outbox, "EVALUATION_APPROVAL_REMINDER"))
        .extracting(m -> m.recipients())
        .containsExactlyInAnyOrder(List.of("formand"), List.of("plo-formand"));
    assertThat(Mails.ofKind(outbox, "EVALUATION_APPROVAL_OVERDUE"))
        .extracting(m -> m.recipients())
        .containsExactlyInAnyOrder(
            List.of("group:secretariat", "formand"), List.of("group:secretariat", "plo-formand"));

    // the chair sends it back (a comment is required), the GP chair approves
    String chair = kit.task(pi, "UserTask_ApproveChair");
    refused(
        "formand",
        chair,
        Map.of("evaluationChairDecision", "RETURN"),
        "Kommentarer til sekretariatet");
    complete(
        "formand",
        chair,
        Map.of(
            "evaluationChairDecision",
            "RETURN",
            "evaluationChairComment",
            "Beskriv opfølgningen nærmere."));
    complete(
        "plo-formand",
        kit.task(pi, "UserTask_ApproveGpChair"),
        Map.of("evaluationGpChairDecision", "APPROVE"));
    String again2 = kit.task(pi, "UserTask_CompleteEvaluation");
    assertThat((String) engine.getTaskService().getVariable(again2, "evaluationReturnNote"))
        .isEqualTo("Formand: Beskriv opfølgningen nærmere.");
    assertThat(evaluations.get(2023).reviewRound()).isEqualTo(2);
    assertThat(Mails.ofKind(outbox, "EVALUATION_RETURNED")).hasSize(1);

    complete(
        "sekretaer",
        again2,
        texts("Samarbejdet fungerer; opfølgningen er nu beskrevet.", "Fire møder."));
    complete(
        "formand",
        kit.task(pi, "UserTask_ApproveChair"),
        Map.of("evaluationChairDecision", "APPROVE"));
    complete(
        "plo-formand",
        kit.task(pi, "UserTask_ApproveGpChair"),
        Map.of("evaluationGpChairDecision", "APPROVE"));

    // sent (a job) and archived
    kit.runDueJobs();
    assertThat(kit.ended(pi)).isTrue();
    Evaluation archived = evaluations.get(2023);
    assertThat(archived.status()).isEqualTo(EvaluationStatus.ARCHIVED);
    assertThat(archived.recipientAddress()).isEqualTo("su@region.example");
    assertThat(archived.assessment())
        .isEqualTo("Samarbejdet fungerer; opfølgningen er nu beskrevet.");
    EvaluationDocuments.Released document = released.latestEvaluation(2023).orElseThrow();
    assertThat(document.version()).isEqualTo(1);
    assertThat(Mails.ofKind(outbox, "EVALUATION_SENT"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipients()).containsExactly("su@region.example", "group:secretariat");
              assertThat(m.attachments()).containsExactly("evaluation:" + document.id());
            });
    assertThat(Mails.ofKind(outbox, "EVALUATION_ARCHIVED")).hasSize(1);

    // the mail reaches the region with the PDF
    mail.dispatchDue();
    MimeMessage toRegion =
        smtp
            .getManagers()
            .getImapHostManager()
            .getInbox(smtp.getUserManager().getUserByEmail("su@region.example"))
            .getMessages()
            .stream()
            .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage)
            .filter(m -> subject(m).startsWith("Årsevaluering 2023"))
            .findFirst()
            .orElseThrow();
    assertThat(toRegion.getSubject()).isEqualTo("Årsevaluering 2023 fra Kommunalt Lægeligt Udvalg");
    assertThat(Mails.parts(toRegion))
        .anySatisfy(
            p -> {
              assertThat(p.fileName()).isEqualTo("klu-aarsevaluering-2023.pdf");
              assertThat(p.contentType()).startsWith("application/pdf");
            });

    // the archived version: HTML and a tagged PDF, for the secretariat, chairs and process owners
    Answer page = rest.get("/api/evaluations/2023", "procesejer");
    assertThat(page.status()).isEqualTo(200);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    assertThat(page.body())
        .contains("Godkendt af formandskabet og sendt til Samarbejdsudvalget")
        .contains("opfølgningen er nu beskrevet")
        .doesNotContain("Udkast");
    RestClient.Bytes pdf = rest.getBytes("/api/evaluations/2023.pdf", "plo-formand");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      PdfStructure.assertTaggedDanish(doc, "Årsevaluering 2023 – Kommunalt Lægeligt Udvalg");
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Sekretariatets vurdering", "Fire møder.");
    }
    assertThat(rest.get("/api/evaluations/2023", "laege").status()).isEqualTo(403);
    assertThat(rest.get("/public/meetings", null).body()).doesNotContain("Årsevaluering");
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  // --- helpers ------------------------------------------------------------------------------

  /** An agreement the secretariat starts on the committee's decision under an item of a meeting. */
  long agreementOn(Meeting meeting, long item, String title) {
    items.saveMinutes(item, "Drøftet.", "Udvalget er enigt om et udkast.", false);
    return agreements
        .create(
            title,
            "Udkast.",
            meeting.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate(),
            Meetings.itemNumber(items, meeting.id(), item),
            "sekretaer",
            null)
        .id();
  }

  long submit(String title, Topic topic, ItemKind kind, String at) {
    clock(at);
    NewItem item =
        new NewItem(title, topic, "Beskrivelse.", "Drøftes.", "Oplæg.", "Fælles sag.", kind, 15);
    return items.submit(item, "laege", null).itemId();
  }

  void call(Meeting m, String at) {
    clock(at);
    outbox.record(
        new Message(
            "call:" + m.id(),
            "CALL_FOR_ITEMS",
            List.of(Message.group(KluGroups.MEMBER)),
            "Indkaldelse",
            "Indkaldelse af punkter.",
            m.id(),
            null));
  }

  void phase(Meeting m, MeetingPhase phase, String at) {
    clock(at);
    meetings.moveTo(m.id(), phase);
  }

  static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  static LocalDate date(OffsetDateTime time) {
    return time.atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate();
  }

  static Map<String, Object> texts(String assessment, String recommendations) {
    return Map.of("evaluationAssessment", assessment, "evaluationRecommendations", recommendations);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts klu-evaluation as the secretariat does in Tasklist, from its start form. */
  Answer start(Map<String, Object> values) throws Exception {
    return rest.post(
        "/engine-rest/process-definition/key/klu-evaluation/submit-form",
        "sekretaer",
        body(values));
  }
}
