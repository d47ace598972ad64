package dk.klu.agreement;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemKind;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.TriageOutcome;
import dk.klu.agreement.process.AgreementsFromMinutes;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.meeting.MinutesPublished;
import dk.klu.notification.Outbox;
import dk.klu.support.ApplicationTest;
import dk.klu.support.Mails;
import dk.klu.support.Meetings;
import dk.klu.support.RestClient.Answer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Agreements over the REST API as their people do them, with only the forms' variables and the
 * passing of time: the secretariat starts one, the practice consultant drafts it, the secretariat
 * arranges the settlement agreement with the region, the draft goes out, is reminded and escalated,
 * comes back with changes, is formalised and the GPs are told; a second one is rejected and
 * reported to the committee. Bad input gets a 400 in Danish and changes nothing; the registry shows
 * every state. Runs on H2 and PostgreSQL.
 */
abstract class AgreementFlowTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AgreementService agreements;
  @Autowired AgendaItemService items;
  @Autowired MeetingService meetings;
  @Autowired AgreementsFromMinutes fromMinutes;
  @Autowired ApplicationEventPublisher events;
  @Autowired Outbox outbox;
  @Autowired dk.klu.agenda.process.ItemTriage triage;

  @BeforeEach
  void aprilFirst() {
    clock("2027-04-01T10:00:00+02:00");
  }

  @Test
  void bilateralAgreementWithSettlementAgreement_changesRequested_thenFormalised()
      throws Exception {
    // The secretariat starts an agreement in Tasklist on the committee's decision at a held
    // meeting; a start without a title is refused.
    Decided decided = meetingWithItem("2027-05-04", true, "Udvalget er enigt om et udkast.");
    Answer noTitle = start(Map.of("agreementDraft", "Udkast."));
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.body()).contains("Aftalens titel", "skal udfyldes");
    Answer started =
        start(
            startValues(
                "Opfølgende hjemmebesøg efter udskrivelse",
                "Lægen aflægger hjemmebesøg hos svækkede ældre inden for 7 dage efter udskrivelse.",
                decided));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = JSON.readTree(started.body()).get("id").asText();
    long id = ((Number) kit.variable(pi, "agreementId")).longValue();
    assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFTING);
    assertThat(agreements.get(id).createdBy()).isEqualTo("sekretaer");

    // The practice consultant drafts; contradicting route answers are refused and change nothing.
    String draft = kit.task(pi, "UserTask_DraftAgreement");
    refused(
        "praksiskonsulent",
        draft,
        draftValues(pi, Map.of("newUnpaidTask", true, "specialFee", false)),
        "særskilt honorar");
    assertThat(kit.task(pi, "UserTask_DraftAgreement")).isEqualTo(draft);
    assertThat(agreements.get(id).newUnpaidTask()).isFalse();
    assertThat(agreements.events(id)).hasSize(1);
    complete("praksiskonsulent", draft, draftValues(pi, Map.of("specialFee", true)));

    // No sanctions, a fee: only route b is open, the municipality pays through the region's
    // settlement system; the settlement agreement with the region does not exist yet, so arranging
    // it is the secretariat's task before anything is sent.
    Agreement routed = agreements.get(id);
    assertThat(routed.route()).isEqualTo(Route.PRAKSISUDVALG_BILATERAL);
    assertThat(routed.payer()).isEqualTo(Payer.MUNICIPALITY);
    assertThat(routed.status()).isEqualTo(AgreementStatus.AWAITING_SETTLEMENT_AGREEMENT);
    assertThat(registryEntry("procesejer", id).get("statusText").asText())
        .isEqualTo("Afventer afregningsaftale med regionen");
    String settlement = kit.task(pi, "UserTask_ArrangeSettlementAgreement");
    refused("sekretaer", settlement, Map.of("settlementOutcome", "CONCLUDED"), "Aftalt den");
    assertThat(agreements.settlementAgreementExists()).isFalse();
    complete(
        "sekretaer",
        settlement,
        Map.of(
            "settlementOutcome",
            "CONCLUDED",
            "settlementConcludedOn",
            "2027-03-30",
            "settlementReference",
            "Sag 27-114"));
    assertThat(agreements.settlementAgreementExists()).isTrue();

    // The draft goes to the Praksisudvalg (a job): mail recorded, copy kept.
    kit.runDueJobs();
    Agreement sent = agreements.get(id);
    assertThat(sent.status()).isEqualTo(AgreementStatus.SENT);
    assertThat(sent.recipientAddress()).isEqualTo("praksisudvalget@region.example");
    assertThat(sent.sentText()).contains("Praksisudvalget", "hjemmebesøg", "Kommunen");
    assertThat(mails("AGREEMENT_SENT", id))
        .singleElement()
        .satisfies(m -> assertThat(m.recipients()).contains("praksisudvalget@region.example"));

    // Reminders every 14 days while the answer is awaited; after 60 days the escalation.
    clock("2027-04-15T10:05:00+02:00");
    kit.runDueJobs();
    assertThat(mails("AGREEMENT_REMINDER", id)).hasSize(1);
    assertThat(agreements.get(id).reminders()).isEqualTo(1);
    for (String day : List.of("2027-04-29", "2027-05-13", "2027-05-27", "2027-05-31")) {
      clock(day + "T10:05:00+02:00");
      kit.runDueJobs();
    }
    assertThat(mails("AGREEMENT_REMINDER", id)).hasSize(4);
    assertThat(mails("AGREEMENT_ANSWER_OVERDUE", id))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.recipients()).contains("group:secretariat", "formand", "plo-formand"));
    assertThat(registryEntry("formand", id).get("statusText").asText())
        .isEqualTo("Sendt – afventer svar (svarfrist overskredet)");

    // The answer: a formalisation without a date is refused; changes requested go back.
    String answer = kit.task(pi, "UserTask_RegisterAnswer");
    refused("sekretaer", answer, Map.of("answerOutcome", "FORMALISED"), "Ikrafttrædelsesdato");
    assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.SENT);
    complete(
        "sekretaer",
        answer,
        Map.of(
            "answerOutcome",
            "CHANGES_REQUESTED",
            "answerChangesRequested",
            "Honoraret afregnes direkte af kommunen."));
    assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFTING);
    assertThat(kit.variable(pi, "agreementRevisionNote").toString()).contains("Honoraret afregnes");
    assertThat(registryEntry("sekretaer", id).get("statusText").asText())
        .isEqualTo("Under udarbejdelse");

    complete(
        "praksiskonsulent",
        kit.task(pi, "UserTask_DraftAgreement"),
        draftValues(pi, Map.of("specialFee", true)));

    // The revised draft goes back to the committee as an item for decision on its next agenda;
    // nothing is sent before the published minutes record the committee's decision on it.
    Agreement revised = agreements.get(id);
    assertThat(revised.status()).isEqualTo(AgreementStatus.AWAITING_COMMITTEE);
    AgendaItem revision = items.get(revised.revisionItemId());
    assertThat(revision.title()).isEqualTo("Revideret aftaleudkast: " + revised.title());
    assertThat(revision.requestedKind()).isEqualTo(ItemKind.DECISION);
    assertThat(revision.description()).contains("Honoraret afregnes direkte", "hjemmebesøg");
    assertThat(registryEntry("sekretaer", id).get("statusText").asText())
        .isEqualTo("Revideret udkast afventer udvalgets beslutning");
    kit.runDueJobs();
    assertThat(mails("AGREEMENT_SENT", id)).hasSize(1);
    Meeting next =
        meetings.plan("2027-06-22T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    items.attachWaiting(next.id());
    items.triage(revision.id(), TriageOutcome.ON_AGENDA, null);
    items.draftAgenda(next.id());
    items.saveMinutes(
        revision.id(), "Drøftet.", "Udvalget tilslutter sig det reviderede udkast.", true);
    meetings.moveTo(next.id(), MeetingPhase.MINUTES_PUBLISHED);
    events.publishEvent(new MinutesPublished(next.id()));
    // the committee's decision went to this agreement; the item started no agreement of its own
    assertThat(agreements.fromItem(revision.id())).isEmpty();
    assertThat(agreements.events(id))
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(AgreementEvent.REVISION_DECIDED));

    // the settlement agreement concluded in the first round holds: sent at once
    kit.runDueJobs();
    assertThat(agreements.get(id).sendingRound()).isEqualTo(2);
    assertThat(mails("AGREEMENT_SENT", id)).hasSize(2);
    complete(
        "sekretaer",
        kit.task(pi, "UserTask_RegisterAnswer"),
        Map.of("answerOutcome", "FORMALISED", "answerEffectiveDate", "2027-07-01"));
    assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.FORMALISED);
    assertThat(agreements.get(id).effectiveDate()).isEqualTo(LocalDate.parse("2027-07-01"));

    // The practice consultant tells the GPs (the text is prefilled).
    String inform = kit.task(pi, "UserTask_InformGps");
    String text = (String) engine.getTaskService().getVariable(inform, "gpMessage");
    assertThat(text).contains("Opfølgende hjemmebesøg", "1. juli 2027");
    complete("praksiskonsulent", inform, Map.of("gpChannel", "MAIL", "gpMessage", text));
    assertThat(ended(pi)).isFalse();
    assertThat(agreements.get(id).implementationStatus())
        .isEqualTo(ImplementationStatus.NOT_STARTED);
    assertThat(agreements.get(id).gpsInformedAt()).isNotNull();
    assertThat(Mails.ofKind(outbox, "AGREEMENT_GP_MAIL"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.recipients())
                    .contains("praktiserende-laeger@kommune.example", "group:member"));

    // A quarter later the secretariat follows up on the implementation, until it is implemented.
    clock("2027-08-30T10:05:00+02:00");
    kit.runDueJobs();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).count()).isZero();
    clock("2027-09-01T10:05:00+02:00");
    kit.runDueJobs();
    String followUp = kit.task(pi, "UserTask_FollowUpImplementation");
    refused(
        "sekretaer",
        followUp,
        Map.of("implementationStatus", "STOPPED", "implementationAsOf", "2027-09-01"),
        "Bemærkning");
    Answer future =
        submit(
            "sekretaer",
            followUp,
            Map.of("implementationStatus", "IN_PROGRESS", "implementationAsOf", "2027-09-02"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(agreements.get(id).implementationStatus())
        .isEqualTo(ImplementationStatus.NOT_STARTED);
    complete(
        "sekretaer",
        followUp,
        Map.of(
            "implementationStatus",
            "IN_PROGRESS",
            "implementationAsOf",
            "2027-09-01",
            "implementationNote",
            "Tre af fem praksis aflægger besøgene."));
    assertThat(agreements.get(id).implementationStatus())
        .isEqualTo(ImplementationStatus.IN_PROGRESS);
    assertThat(agreements.get(id).implementationNote()).contains("Tre af fem");
    clock("2027-12-02T10:05:00+01:00");
    kit.runDueJobs();
    complete(
        "sekretaer",
        kit.task(pi, "UserTask_FollowUpImplementation"),
        Map.of("implementationStatus", "IMPLEMENTED", "implementationAsOf", "2027-12-01"));
    assertThat(ended(pi)).isTrue();
    assertThat(agreements.get(id).implementationStatus())
        .isEqualTo(ImplementationStatus.IMPLEMENTED);

    JsonNode entry = registryEntry("praksiskonsulent", id);
    assertThat(entry.get("statusText").asText()).isEqualTo("Formaliseret");
    assertThat(entry.get("routeText").asText()).isEqualTo("Bilateral aftale med Praksisudvalget");
    assertThat(entry.get("payerText").asText()).isEqualTo("Kommunen");
    assertThat(entry.get("effectiveDate").asText()).isEqualTo("2027-07-01");
    assertThat(entry.get("implementationText").asText()).isEqualTo("Implementeret");
    assertThat(entry.get("implementationAsOf").asText()).isEqualTo("2027-12-01");
    JsonNode detail = JSON.readTree(rest.get("/api/agreements/" + id, "sekretaer").body());
    assertThat(detail.get("events").findValuesAsText("kind"))
        .containsSubsequence(
            "CREATED",
            "ROUTE_DECIDED",
            "SETTLEMENT_AGREEMENT_CONCLUDED",
            "SENT",
            "REMINDED",
            "ESCALATED",
            "ANSWERED",
            "REVISION_TO_COMMITTEE",
            "REVISION_DECIDED",
            "SENT",
            "ANSWERED",
            "GPS_INFORMED",
            "IMPLEMENTATION_FOLLOWED_UP",
            "IMPLEMENTATION_FOLLOWED_UP");
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void newTaskWithFee_committeeChoosesParagraph2_rejected_isReportedToTheCommittee()
      throws Exception {
    Answer started =
        start(
            startValues(
                "Screening for KOL",
                "Spirometri.",
                meetingWithItem("2027-05-20", true, "Screening aftales.")));
    String pi = JSON.readTree(started.body()).get("id").asText();
    long id = ((Number) kit.variable(pi, "agreementId")).longValue();
    complete(
        "sekretaer",
        kit.task(pi, "UserTask_DraftAgreement"),
        draftValues(pi, Map.of("newUnpaidTask", true, "specialFee", true)));

    // A new unpaid task with a fee and no sanctions: both routes are open, the committee chooses.
    String choice = kit.task(pi, "UserTask_ChooseRoute");
    assertThat(agreements.get(id).route()).isNull();
    assertThat((String) engine.getTaskService().getVariable(choice, "agreementRouteOptionsText"))
        .contains("§ 2-aftale i Samarbejdsudvalget: honorar betales af regionen")
        .contains("Bilateral aftale med Praksisudvalget: honorar betales af kommunen; forudsætter");
    refused("sekretaer", choice, Map.of(), "Udvalgets valg");
    complete("sekretaer", choice, Map.of("agreementRoute", "SU_PARAGRAPH_2"));
    assertThat(agreements.get(id).route()).isEqualTo(Route.SU_PARAGRAPH_2);
    assertThat(agreements.get(id).payer()).isEqualTo(Payer.REGION);
    assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFTING);
    assertThat(agreements.events(id))
        .anySatisfy(e -> assertThat(e.note()).startsWith("Udvalget valgte § 2-aftale"));
    kit.runDueJobs();
    assertThat(agreements.get(id).recipientAddress())
        .isEqualTo("samarbejdsudvalget@region.example");

    String answer = kit.task(pi, "UserTask_RegisterAnswer");
    refused(
        "sekretaer", answer, Map.of("answerOutcome", "REJECTED"), "Begrundelse for afvisningen");
    complete(
        "sekretaer",
        answer,
        Map.of(
            "answerOutcome",
            "REJECTED",
            "answerRejectionReason",
            "Samarbejdsudvalget finder ikke grundlag for en § 2-aftale."));

    Agreement rejected = agreements.get(id);
    assertThat(ended(pi)).isTrue();
    assertThat(rejected.status()).isEqualTo(AgreementStatus.REJECTED);
    AgendaItem report = items.get(rejected.reportItemId());
    assertThat(report.title()).isEqualTo("Afvist aftale: Screening for KOL");
    assertThat(report.requestedKind()).isEqualTo(ItemKind.INFORMATION);
    assertThat(report.description()).contains("finder ikke grundlag");
    assertThat(report.status()).isEqualTo(ItemStatus.WAITING);
    assertThat(report.processInstanceId()).isNotNull();
    assertThat(registryEntry("procesejer", id).get("statusText").asText()).isEqualTo("Afvist");
    assertThat(agreements.countsByStatus().get(AgreementStatus.REJECTED)).isPositive();
  }

  @Test
  void aRevisedDraftTheSecretariatSettlesWithoutTheCommittee_goesBackToItsDrafters()
      throws Exception {
    Answer started =
        start(
            startValues(
                "Fælles medicinlister",
                "Lægen ajourfører medicinlisten ved hvert besøg.",
                meetingWithItem("2027-05-25", true, "Medicinlister aftales.")));
    String pi = JSON.readTree(started.body()).get("id").asText();
    long id = ((Number) kit.variable(pi, "agreementId")).longValue();
    complete("sekretaer", kit.task(pi, "UserTask_DraftAgreement"), draftValues(pi, Map.of()));
    kit.runDueJobs();
    complete(
        "sekretaer",
        kit.task(pi, "UserTask_RegisterAnswer"),
        Map.of(
            "answerOutcome",
            "CHANGES_REQUESTED",
            "answerChangesRequested",
            "Præcisér, hvem der opdaterer listen."));
    complete("sekretaer", kit.task(pi, "UserTask_DraftAgreement"), draftValues(pi, Map.of()));
    Agreement revised = agreements.get(id);
    assertThat(revised.status()).isEqualTo(AgreementStatus.AWAITING_COMMITTEE);

    // The secretariat settles the revision's item itself, so it never comes before the committee:
    // the agreement does not wait for minutes that will not come, its draft goes back.
    triage.record(
        items.get(revised.revisionItemId()),
        TriageOutcome.REJECTED,
        "Drøftes i Praksisudvalget i stedet.",
        1,
        "");
    assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFTING);
    assertThat(kit.task(pi, "UserTask_DraftAgreement")).isNotNull();
    assertThat(kit.variable(pi, "agreementRevisionNote").toString())
        .startsWith("Det reviderede udkast kom ikke for udvalget")
        .contains("Drøftes i Praksisudvalget i stedet.");
  }

  @Test
  void theSecretariatStartsAnAgreementOnlyOnTheDecisionOfAHeldMeeting() throws Exception {
    Decided planned = meetingWithItem("2027-09-02", false, null);
    Decided noDecision = meetingWithItem("2027-09-16", true, null);
    Decided decided = meetingWithItem("2027-09-30", true, "Udvalget er enigt om udkastet.");
    long processes = agreementProcesses();
    int registered = agreements.registry().size();

    Answer notHeld = start(startValues("Uden møde", "Udkast.", planned));
    assertThat(notHeld.status()).isEqualTo(400);
    assertThat(notHeld.body()).contains("KLU-mødet den 2. september 2027 er ikke afholdt");
    Answer undecided = start(startValues("Uden beslutning", "Udkast.", noDecision));
    assertThat(undecided.status()).isEqualTo(400);
    assertThat(undecided.body())
        .contains("Punkt " + noDecision.itemNumber(), "har ingen beslutning i referatet");
    Answer noMeeting =
        start(
            startValues("Uden møde", "Udkast.", decided)
                .with("agreementMeetingDate", "2027-10-01"));
    assertThat(noMeeting.status()).isEqualTo(400);
    assertThat(noMeeting.body()).contains("Der er intet KLU-møde den 1. oktober 2027");
    Answer noItem =
        start(startValues("Uden punkt", "Udkast.", decided).with("agreementItemNumber", "2.9"));
    assertThat(noItem.status()).isEqualTo(400);
    assertThat(noItem.body()).contains("har intet punkt 2.9 på dagsordenen");
    assertThat(agreementProcesses()).isEqualTo(processes);
    assertThat(agreements.registry()).hasSize(registered);

    Answer started = start(startValues("Fælles forløb", "Udkast.", decided));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = JSON.readTree(started.body()).get("id").asText();
    Agreement agreement = agreements.get(((Number) kit.variable(pi, "agreementId")).longValue());
    assertThat(agreement.origin()).isEqualTo(Origin.SECRETARIAT);
    assertThat(agreement.originMeetingId()).isEqualTo(decided.meetingId());
    assertThat(agreement.originItemId()).isEqualTo(decided.itemId());
    assertThat(agreements.events(agreement.id()).get(0).note())
        .contains("punkt " + decided.itemNumber(), "Udvalget er enigt om udkastet.");
    // one agreement per decision: neither a second start nor the published minutes add another
    Answer again = start(startValues("Igen", "Udkast.", decided));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("har allerede aftalen", "Fælles forløb");
    assertThat(fromMinutes.start(decided.itemId())).isFalse();
  }

  @Test
  void theRegistryIsForTheCommitteesPeopleOnly() {
    assertThat(rest.get("/api/agreements", null).status()).isEqualTo(401);
    Answer member = rest.get("/api/agreements", "laege");
    assertThat(member.status()).isEqualTo(403);
    for (String reader :
        List.of("sekretaer", "formand", "praksiskonsulent", "procesejer", "demo")) {
      assertThat(rest.get("/api/agreements", reader).status()).as(reader).isEqualTo(200);
    }
    assertThat(rest.get("/api/agreements/999999", "sekretaer").status()).isEqualTo(404);
  }

  @Test
  void onlyTheSecretariatStartsAnAgreement() throws Exception {
    // a start the secretariat could make: refused only for who asks
    String values =
        body(
            startValues(
                "Uden ret",
                "Må ikke oprettes.",
                meetingWithItem("2027-11-11", true, "Udvalget er enigt.")));
    String path = "/engine-rest/process-definition/key/klu-agreement/submit-form";
    // the practice consultant sees the process (its tasks) but may not start it
    assertThat(rest.post(path, "praksiskonsulent", values).status()).isEqualTo(403);
    assertThat(rest.post(path, "laege", values).status()).isIn(403, 404);
    assertThat(rest.post(path, "formand", values).status()).isEqualTo(403);
    assertThat(agreements.registry()).noneMatch(a -> a.title().equals("Uden ret"));
  }

  @Test
  void publishedMinutesStartOneAgreementPerDraftAgreedItem_once() {
    Meeting meeting =
        meetings.plan("2027-06-10T14:00", null, "Rådhuset", "KLU-møde juni", "sekretaer", null);
    long agreed = items.carryOver(meeting.id(), 1L, "Fælles forløb for KOL", "Beskrivelse.");
    long other = items.carryOver(meeting.id(), 2L, "Orientering", "Beskrivelse.");
    items.draftAgenda(meeting.id());
    items.saveMinutes(agreed, "Udvalget drøftede et udkast.", "Udkastet sendes videre.", true);
    items.saveMinutes(other, "Drøftet.", "Taget til efterretning.", false);

    events.publishEvent(new MinutesPublished(meeting.id()));
    kit.runDueJobs(); // the agreement registers itself in its own job

    Agreement fromItem = agreements.fromItem(agreed).orElseThrow();
    assertThat(agreements.fromItem(other)).isEmpty();
    assertThat(fromItem.origin()).isEqualTo(Origin.MINUTES);
    assertThat(fromItem.originMeetingId()).isEqualTo(meeting.id());
    assertThat(fromItem.draftText()).contains("Udkastet sendes videre.");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(AgreementsFromMinutes.businessKey(agreed))
                .count())
        .isEqualTo(1);
    assertThat(Mails.ofKind(outbox, "AGREEMENT_CREATED"))
        .anySatisfy(m -> assertThat(m.recipients()).contains("group:practice-consultant"));
    // a retried or repeated publication starts nothing more
    assertThat(fromMinutes.startFor(meeting.id())).isEmpty();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(AgreementsFromMinutes.businessKey(agreed))
                .count())
        .isEqualTo(1);
    assertThat(registryEntry("sekretaer", fromItem.id()).get("originMeeting").asText())
        .isEqualTo(meeting.label());
  }

  // --- helpers -----------------------------------------------------------------------------

  /** Starts klu-agreement as the secretariat does in Tasklist, from its start form. */
  Answer start(Map<String, Object> values) throws Exception {
    assertThat(
            rest.get(
                    "/engine-rest/process-definition/key/klu-agreement/deployed-start-form",
                    "sekretaer")
                .status())
        .isEqualTo(200);
    return rest.post(
        "/engine-rest/process-definition/key/klu-agreement/submit-form", "sekretaer", body(values));
  }

  /** A meeting and an item of its agenda, as the secretariat's start form names them. */
  record Decided(long meetingId, long itemId, String meetingDate, String itemNumber) {}

  /**
   * A meeting on {@code day} with one item on its agenda: held or not, with {@code decision} in its
   * minutes or none.
   */
  Decided meetingWithItem(String day, boolean held, String decision) {
    Meeting meeting =
        meetings.plan(day + "T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    long item = items.carryOver(meeting.id(), 1L, "Forløb efter udskrivelse", "Beskrivelse.");
    items.draftAgenda(meeting.id());
    if (decision != null) {
      items.saveMinutes(item, "Drøftet.", decision, false);
    }
    if (held) {
      meetings.moveTo(meeting.id(), MeetingPhase.HELD);
    }
    return new Decided(meeting.id(), item, day, Meetings.itemNumber(items, meeting.id(), item));
  }

  /** The start form's values. */
  StartValues startValues(String title, String draft, Decided decided) {
    StartValues values = new StartValues();
    values.put("agreementMeetingDate", decided.meetingDate());
    values.put("agreementItemNumber", decided.itemNumber());
    values.put("agreementTitle", title);
    values.put("agreementDraft", draft);
    return values;
  }

  static final class StartValues extends LinkedHashMap<String, Object> {
    StartValues with(String key, Object value) {
      put(key, value);
      return this;
    }
  }

  long agreementProcesses() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("klu-agreement")
        .count();
  }

  /**
   * The draft form as Tasklist submits it: the title and draft as the form shows them, the three
   * boxes and the decision.
   */
  Map<String, Object> draftValues(String pi, Map<String, Object> answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("agreementTitle", engine.getRuntimeService().getVariable(pi, "agreementTitle"));
    values.put("agreementDraft", engine.getRuntimeService().getVariable(pi, "agreementDraft"));
    for (String box : List.of("bindingObligations", "newUnpaidTask", "specialFee")) {
      values.put(box, false);
    }
    values.putAll(answers);
    values.put("draftDecision", "SEND");
    return values;
  }

  /** The messages of one kind about one agreement (other tests' agreements share the outbox). */
  List<dk.klu.notification.Message> mails(String kind, long id) {
    return Mails.ofKind(outbox, kind).stream()
        .filter(m -> m.key().contains(":" + id + ":"))
        .toList();
  }

  JsonNode registryEntry(String user, long id) {
    Answer answer = rest.get("/api/agreements", user);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    try {
      for (JsonNode entry : JSON.readTree(answer.body())) {
        if (entry.get("id").asLong() == id) {
          return entry;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("agreement " + id + " not in the registry: " + answer.body());
  }

  boolean ended(String processInstanceId) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        == 0;
  }
}
