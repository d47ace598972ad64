package dk.klu.agreement.process;

import static dk.klu.agreement.process.AgreementVariables.*;

import dk.klu.agenda.ItemKind;
import dk.klu.agenda.Topic;
import dk.klu.agenda.process.ItemVariables;
import dk.klu.agreement.Agreement;
import dk.klu.agreement.AgreementProperties;
import dk.klu.agreement.AgreementService;
import dk.klu.agreement.AgreementStatus;
import dk.klu.agreement.Answer;
import dk.klu.agreement.GpChannel;
import dk.klu.agreement.Payer;
import dk.klu.agreement.Route;
import dk.klu.agreement.RouteDecision;
import dk.klu.agreement.RouteFacts;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.notification.Outbox;
import dk.klu.process.Ids;
import dk.klu.process.Iso;
import dk.klu.process.WithoutAuthorization;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.KluProcesses;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-agreement}: each maps variables, calls {@link AgreementService},
 * records the messages it causes in the outbox (same transaction) and maps results back.
 */
@Configuration
public class AgreementDelegates {

  private final AgreementService agreements;
  private final AgreementProperties properties;
  private final CommitteeProperties committee;
  private final Outbox outbox;

  public AgreementDelegates(
      AgreementService agreements,
      AgreementProperties properties,
      CommitteeProperties committee,
      Outbox outbox) {
    this.agreements = agreements;
    this.properties = properties;
    this.committee = committee;
    this.outbox = outbox;
  }

  static long agreementId(DelegateExecution execution) {
    return Ids.of(execution, AGREEMENT_ID);
  }

  /** The person who completed the step's task, or null when the engine runs it (a job). */
  static String actor(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  static LocalDate date(DelegateExecution execution, String name) {
    String value = text(execution, name);
    return value == null || value.isBlank() ? null : LocalDate.parse(value.substring(0, 10));
  }

  /**
   * Registers the agreement: from the minutes (the message start carries the item, and the business
   * key {@code agreement-item-<id>} names the same item) or from the secretariat's start form. The
   * draft form starts from what is stored.
   */
  @Bean
  JavaDelegate registerAgreementDelegate() {
    return execution -> {
      Object itemId = execution.getVariable(ITEM_ID);
      if (itemId != null
          && !AgreementsFromMinutes.businessKey(((Number) itemId).longValue())
              .equals(execution.getProcessBusinessKey())) {
        throw new IllegalStateException(
            "Punktet "
                + itemId
                + " hører ikke til denne aftale ("
                + execution.getProcessBusinessKey()
                + "); en aftale fra et referat startes kun af det offentliggjorte referat.");
      }
      Agreement agreement =
          itemId != null
              ? agreements.createFromMinutes(
                  ((Number) itemId).longValue(), execution.getProcessInstanceId())
              : agreements.create(
                  text(execution, TITLE),
                  text(execution, DRAFT),
                  text(execution, INITIATOR),
                  execution.getProcessInstanceId());
      execution.setVariable(AGREEMENT_ID, agreement.id());
      execution.setVariable(TITLE, agreement.title());
      execution.setVariable(DRAFT, agreement.draftText());
      execution.setVariable(ORIGIN, origin(agreement));
      for (String question :
          new String[] {BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE, SETTLED_VIA_REGION}) {
        execution.setVariable(question, false);
      }
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey("agreement-" + agreement.id());
      }
      if (itemId != null) {
        outbox.record(AgreementMessages.created(agreement));
      }
    };
  }

  private String origin(Agreement agreement) {
    return agreement.origin().danish()
        + (agreement.createdBy() == null ? "" : " (" + agreement.createdBy() + ")");
  }

  /** Stores the drafters' draft and route answers, or gives the agreement up. */
  @Bean
  JavaDelegate saveDraftDelegate() {
    return execution -> {
      long id = agreementId(execution);
      if (WITHDRAW.equals(execution.getVariable(DRAFT_DECISION))) {
        agreements.withdraw(id, text(execution, WITHDRAWAL_REASON), actor(execution));
        return;
      }
      RouteFacts facts =
          new RouteFacts(
              flag(execution, BINDING_OBLIGATIONS),
              flag(execution, NEW_UNPAID_TASK),
              flag(execution, SPECIAL_FEE),
              flag(execution, SETTLED_VIA_REGION));
      // the decision table reads booleans: an unticked box may arrive as null
      execution.setVariable(BINDING_OBLIGATIONS, facts.bindingObligations());
      execution.setVariable(NEW_UNPAID_TASK, facts.newUnpaidTask());
      execution.setVariable(SPECIAL_FEE, facts.specialFee());
      execution.setVariable(SETTLED_VIA_REGION, facts.settledViaRegion());
      agreements.saveDraft(
          id, text(execution, TITLE), text(execution, DRAFT), facts, actor(execution));
    };
  }

  /** Stores the route the decision table chose; tells whether a settlement agreement is missing. */
  @Bean
  JavaDelegate recordRouteDelegate() {
    return execution -> {
      RouteDecision decision =
          new RouteDecision(
              Route.valueOf(text(execution, ROUTE)),
              Payer.valueOf(text(execution, PAYER)),
              flag(execution, SETTLEMENT_REQUIRED));
      Agreement agreement = agreements.decideRoute(agreementId(execution), decision);
      execution.setVariable(
          SETTLEMENT_MISSING, agreement.status() == AgreementStatus.AWAITING_SETTLEMENT_AGREEMENT);
      execution.setVariable(ROUTE_LABEL, decision.route().danish());
      execution.setVariable(PAYER_LABEL, decision.payer().danish());
      execution.setVariable(BODY, decision.route().body());
    };
  }

  /** The secretariat arranged the settlement agreement with the region, or could not. */
  @Bean
  JavaDelegate recordSettlementAgreementDelegate() {
    return execution -> {
      long id = agreementId(execution);
      if (NOT_POSSIBLE.equals(execution.getVariable(SETTLEMENT_OUTCOME))) {
        String note = text(execution, SETTLEMENT_NOTE);
        agreements.settlementAgreementNotPossible(id, note, actor(execution));
        execution.setVariable(
            REVISION_NOTE,
            "Der kunne ikke indgås en afregningsaftale med regionen: "
                + note
                + " Vælg en anden afregning af honoraret, eller opgiv aftalen.");
        return;
      }
      agreements.settlementAgreementConcluded(
          id,
          date(execution, SETTLEMENT_CONCLUDED_ON),
          text(execution, SETTLEMENT_REFERENCE),
          text(execution, SETTLEMENT_NOTE),
          actor(execution));
    };
  }

  /**
   * Sends the draft to the route's regional body (recorded in the outbox, with a copy kept on the
   * agreement) and sets the answer's reminder cycle, escalation and due date.
   */
  @Bean
  JavaDelegate sendDraftDelegate() {
    return execution -> {
      Agreement before = agreements.get(agreementId(execution));
      String subject = AgreementMessages.draftSubject(before);
      String body = AgreementMessages.draftBody(before, committee.name());
      Agreement sent =
          agreements.markSent(before.id(), properties.address(before.route()), subject, body);
      outbox.record(AgreementMessages.draft(sent, subject, body));
      execution.setVariable(REMINDER_CYCLE, "R/" + properties.answerReminderInterval());
      execution.setVariable(ESCALATION_AFTER, properties.answerEscalationAfter().toString());
      execution.setVariable(
          ANSWER_DUE,
          Iso.format(
              sent.sentAt()
                  .atZoneSameInstant(MeetingSchedule.KLU_ZONE)
                  .plus(properties.answerEscalationAfter())));
      execution.setVariable(SENT_AT, Meeting.danish(sent.sentAt()));
      execution.setVariable(REVISION_NOTE, null);
      for (String answer :
          new String[] {ANSWER, EFFECTIVE_DATE, CHANGES_REQUESTED, REJECTION_REASON}) {
        execution.setVariable(answer, null);
      }
    };
  }

  @Bean
  JavaDelegate remindBodyDelegate() {
    return execution -> {
      long id = agreementId(execution);
      int number = agreements.recordReminder(id);
      outbox.record(AgreementMessages.reminder(agreements.get(id), number));
    };
  }

  @Bean
  JavaDelegate escalateAnswerDelegate() {
    return execution -> {
      Agreement agreement = agreements.escalate(agreementId(execution));
      outbox.record(
          AgreementMessages.overdue(agreement, committee.chairUser(), committee.gpChairUser()));
    };
  }

  @Bean
  JavaDelegate recordAnswerDelegate() {
    return execution -> {
      Answer answer = Answer.valueOf(text(execution, ANSWER));
      Agreement agreement =
          agreements.recordAnswer(
              agreementId(execution),
              answer,
              date(execution, EFFECTIVE_DATE),
              text(execution, CHANGES_REQUESTED),
              text(execution, REJECTION_REASON),
              actor(execution));
      if (answer == Answer.CHANGES_REQUESTED) {
        execution.setVariable(
            REVISION_NOTE,
            agreement.route().body() + " ønsker ændringer: " + agreement.changesRequested());
      } else if (answer == Answer.FORMALISED) {
        execution.setVariable(GP_MESSAGE, AgreementMessages.gpText(agreement));
      }
    };
  }

  /**
   * The rejection goes to the committee as an information item: an agenda item of its own ({@code
   * klu-agenda-item}), so it joins the next meeting as any item does and the secretariat triages
   * it.
   */
  @Bean
  JavaDelegate reportRejectionDelegate() {
    return execution -> {
      Agreement agreement = agreements.get(agreementId(execution));
      Map<String, Object> item = new LinkedHashMap<>();
      item.put(ItemVariables.TITLE, shorten("Afvist aftale: " + agreement.title(), 200));
      item.put(ItemVariables.TOPIC, Topic.ANDET.name());
      item.put(
          ItemVariables.DESCRIPTION,
          shorten(
              agreement.route().body()
                  + " har afvist udkastet til aftale \""
                  + agreement.title()
                  + "\".\n\nBegrundelse: "
                  + agreement.rejectionReason(),
              10_000));
      item.put(ItemVariables.DISCUSSION_POINTS, "Orientering om afvisningen.");
      item.put(ItemVariables.APPROACH, "Sekretariatet orienterer.");
      item.put(
          ItemVariables.JUSTIFICATION,
          "KLU aftalte udkastet; udvalget orienteres om, at det ikke blev formaliseret.");
      item.put(ItemVariables.REQUESTED_KIND, ItemKind.INFORMATION.name());
      item.put(ItemVariables.EXPECTED_MINUTES, 5);
      ProcessInstanceWithVariables started =
          WithoutAuthorization.run(
              () ->
                  execution
                      .getProcessEngineServices()
                      .getRuntimeService()
                      .createProcessInstanceByKey(KluProcesses.AGENDA_ITEM)
                      .setVariables(item)
                      .executeWithVariablesInReturn());
      long itemId = ((Number) started.getVariables().get(ItemVariables.ITEM_ID)).longValue();
      agreements.reportedToCommittee(agreement.id(), itemId);
    };
  }

  /** Tells the municipality's GPs (by mail, or hands the text to the newsletter). */
  @Bean
  JavaDelegate informGpsDelegate() {
    return execution -> {
      GpChannel channel = GpChannel.valueOf(text(execution, GP_CHANNEL));
      Agreement agreement =
          agreements.gpsInformed(agreementId(execution), channel, actor(execution));
      outbox.record(
          AgreementMessages.gps(
              agreement, channel, text(execution, GP_MESSAGE), properties.gpMailingList()));
    };
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
