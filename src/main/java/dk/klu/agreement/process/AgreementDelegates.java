package dk.klu.agreement.process;

import static dk.klu.agreement.process.AgreementProcess.*;

import dk.klu.agenda.ItemKind;
import dk.klu.agenda.Topic;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agreement.Agreement;
import dk.klu.agreement.AgreementProperties;
import dk.klu.agreement.AgreementService;
import dk.klu.agreement.AgreementStatus;
import dk.klu.agreement.Answer;
import dk.klu.agreement.GpChannel;
import dk.klu.agreement.Payer;
import dk.klu.agreement.Route;
import dk.klu.agreement.RouteFacts;
import dk.klu.agreement.RouteOption;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Outbox;
import dk.klu.persistence.ColumnValue;
import dk.klu.process.EngineAccess;
import dk.klu.process.Iso;
import dk.klu.process.contract.Actors;
import dk.klu.process.contract.Variable;
import dk.klu.rules.MeetingSchedule;
import dk.klu.tasklist.TaskNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-agreement}: each maps variables, calls {@link AgreementService},
 * records the messages it causes in the outbox (same transaction) and maps results back.
 */
@Configuration(proxyBeanMethods = false)
public record AgreementDelegates(
    AgreementService agreements,
    AgreementProperties properties,
    CommitteeProperties committee,
    Outbox outbox,
    AgreementMessages messages) {

  static long agreementId(DelegateExecution execution) {
    return AGREEMENT_ID.from(execution).get();
  }

  private static boolean flag(DelegateExecution execution, Variable<Boolean> question) {
    return question.from(execution).getOrDefault(false);
  }

  /**
   * Registers the agreement: from the minutes (the message start carries the item, and the business
   * key {@code agreement-item-<id>} names the same item) or from the secretariat's start form, on
   * the committee's decision it names (refused without one). The draft form starts from what is
   * stored.
   */
  @Bean
  JavaDelegate registerAgreementDelegate() {
    return execution -> {
      Long itemId = ITEM_ID.from(execution).getOrNull();
      if (itemId != null
          && !AgreementsFromMinutes.businessKey(itemId).equals(execution.getProcessBusinessKey())) {
        throw new IllegalStateException(
            "Punktet "
                + itemId
                + " hører ikke til denne aftale ("
                + execution.getProcessBusinessKey()
                + "); en aftale fra et referat startes kun af det offentliggjorte referat.");
      }
      Agreement agreement =
          itemId != null
              ? agreements.createFromMinutes(itemId, execution.getProcessInstanceId())
              : agreements.create(
                  TITLE.from(execution).getOrNull(),
                  DRAFT.from(execution).getOrNull(),
                  DECISION_MEETING_DATE.from(execution).getOrNull(),
                  DECISION_ITEM_NUMBER.from(execution).getOrNull(),
                  INITIATOR.from(execution).getOrNull(),
                  execution.getProcessInstanceId());
      AGREEMENT_ID.set(execution, agreement.id());
      TITLE.set(execution, agreement.title());
      NAME.set(execution, TaskNames.subject(agreement.title()));
      DRAFT.set(execution, agreement.draftText());
      ORIGIN.set(execution, origin(agreement));
      for (Variable<Boolean> question :
          List.of(BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE)) {
        question.set(execution, false);
      }
      REVISION_FOR_COMMITTEE.set(execution, false);
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey("agreement-" + agreement.id());
      }
      if (itemId != null) {
        outbox.record(messages.created(agreement));
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
      if (WITHDRAW.equals(DRAFT_DECISION.from(execution).getOrNull())) {
        agreements.withdraw(
            id, WITHDRAWAL_REASON.from(execution).getOrNull(), Actors.current(execution));
        return;
      }
      RouteFacts facts =
          new RouteFacts(
              flag(execution, BINDING_OBLIGATIONS),
              flag(execution, NEW_UNPAID_TASK),
              flag(execution, SPECIAL_FEE));
      // the decision table reads booleans: an unticked box may arrive as null
      BINDING_OBLIGATIONS.set(execution, facts.bindingObligations());
      NEW_UNPAID_TASK.set(execution, facts.newUnpaidTask());
      SPECIAL_FEE.set(execution, facts.specialFee());
      agreements.saveDraft(
          id,
          TITLE.from(execution).getOrNull(),
          DRAFT.from(execution).getOrNull(),
          facts,
          Actors.current(execution));
    };
  }

  /**
   * Finds the routes open for the drafters' answers: the decision table {@code klu-agreement-route}
   * of the same deployment, each matching row one open route with its consequences. One open route
   * is taken; of two, the committee chooses.
   */
  @Bean
  JavaDelegate openRoutesDelegate() {
    return AgreementDelegates::findOpenRoutes;
  }

  /**
   * The step of {@link #openRoutesDelegate()}; needs only the engine, so a process test runs it.
   */
  public static void findOpenRoutes(DelegateExecution execution) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (Variable<Boolean> question : List.of(BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE)) {
      facts.put(question.name(), flag(execution, question));
    }
    DmnDecisionResult rows =
        EngineAccess.inStep(
            () -> {
              ProcessEngineServices engine = execution.getProcessEngineServices();
              String deployment =
                  engine
                      .getRepositoryService()
                      .getProcessDefinition(execution.getProcessDefinitionId())
                      .getDeploymentId();
              String table =
                  engine
                      .getRepositoryService()
                      .createDecisionDefinitionQuery()
                      .decisionDefinitionKey(ROUTE_DECISION)
                      .deploymentId(deployment)
                      .singleResult()
                      .getId();
              return engine
                  .getDecisionService()
                  .evaluateDecisionById(table)
                  .variables(facts)
                  .evaluate();
            });
    List<RouteOption> open =
        rows.stream()
            .map(
                row ->
                    new RouteOption(
                        Route.valueOf(row.getEntry("route")),
                        Payer.valueOf(row.getEntry("payer")),
                        Boolean.TRUE.equals(row.getEntry("settlementAgreementRequired"))))
            .toList();
    if (open.isEmpty()) {
      throw new IllegalStateException(
          "Ingen aftalevej er åben for svarene "
              + facts
              + "; udkastformularen skulle have afvist dem.");
    }
    ROUTE_OPTIONS.set(execution, RouteOption.encode(open));
    ROUTE_CHOICE_NEEDED.set(execution, open.size() > 1);
    ROUTE_OPTIONS_TEXT.set(
        execution, open.stream().map(o -> "- " + o.danish()).collect(Collectors.joining("\n")));
    if (open.size() == 1) {
      ROUTE.set(execution, open.get(0).route());
    } else {
      ROUTE.clear(execution);
    }
  }

  /**
   * Stores the route taken (the only open one, or the committee's choice) with its consequences;
   * tells whether a settlement agreement is missing.
   */
  @Bean
  JavaDelegate recordRouteDelegate() {
    return execution -> {
      List<RouteOption> open = RouteOption.decode(ROUTE_OPTIONS.from(execution).getOrNull());
      RouteOption chosen = RouteOption.chosen(open, ROUTE.from(execution).getOrNull());
      Agreement agreement = agreements.decideRoute(agreementId(execution), chosen, open.size());
      PAYER.set(execution, chosen.payer());
      SETTLEMENT_REQUIRED.set(execution, chosen.settlementAgreementRequired());
      SETTLEMENT_MISSING.set(
          execution, agreement.status() == AgreementStatus.AWAITING_SETTLEMENT_AGREEMENT);
      ROUTE_LABEL.set(execution, chosen.route().danish());
      PAYER_LABEL.set(execution, chosen.payer().danish());
      BODY.set(execution, chosen.route().body());
    };
  }

  /** The secretariat arranged the settlement agreement with the region, or could not. */
  @Bean
  JavaDelegate recordSettlementAgreementDelegate() {
    return execution -> {
      long id = agreementId(execution);
      if (NOT_POSSIBLE.equals(SETTLEMENT_OUTCOME.from(execution).getOrNull())) {
        String note = SETTLEMENT_NOTE.from(execution).getOrNull();
        agreements.settlementAgreementNotPossible(id, note, Actors.current(execution));
        REVISION_NOTE.set(
            execution,
            "Der kunne ikke indgås en afregningsaftale med regionen: "
                + note
                + " Vælg en anden afregning af honoraret, eller opgiv aftalen.");
        return;
      }
      agreements.settlementAgreementConcluded(
          id,
          SETTLEMENT_CONCLUDED_ON.from(execution).getOrNull(),
          SETTLEMENT_REFERENCE.from(execution).getOrNull(),
          SETTLEMENT_NOTE.from(execution).getOrNull(),
          Actors.current(execution));
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
      MailTexts.Text draft = messages.draft(before, committee.name());
      Agreement sent =
          agreements.markSent(
              before.id(), properties.address(before.route()), draft.subject(), draft.body());
      outbox.record(AgreementMessages.sent(sent, draft));
      REMINDER_CYCLE.set(execution, "R/" + properties.answerReminderInterval());
      ESCALATION_AFTER.set(execution, properties.answerEscalationAfter().toString());
      ANSWER_DUE.set(
          execution,
          Iso.format(
              sent.sentAt()
                  .atZoneSameInstant(MeetingSchedule.KLU_ZONE)
                  .plus(properties.answerEscalationAfter())));
      SENT_AT.set(execution, Meeting.danish(sent.sentAt()));
      REVISION_NOTE.clear(execution);
      for (Variable<?> answer :
          List.of(ANSWER, EFFECTIVE_DATE, CHANGES_REQUESTED, REJECTION_REASON)) {
        answer.clear(execution);
      }
    };
  }

  @Bean
  JavaDelegate remindBodyDelegate() {
    return execution -> {
      long id = agreementId(execution);
      int number = agreements.recordReminder(id);
      outbox.record(messages.reminder(agreements.get(id), number));
    };
  }

  @Bean
  JavaDelegate escalateAnswerDelegate() {
    return execution -> {
      Agreement agreement = agreements.escalate(agreementId(execution));
      outbox.record(messages.overdue(agreement, committee.chairUser(), committee.gpChairUser()));
    };
  }

  @Bean
  JavaDelegate recordAnswerDelegate() {
    return execution -> {
      Answer answer = ANSWER.from(execution).get();
      Agreement agreement =
          agreements.recordAnswer(
              agreementId(execution),
              answer,
              EFFECTIVE_DATE.from(execution).getOrNull(),
              CHANGES_REQUESTED.from(execution).getOrNull(),
              REJECTION_REASON.from(execution).getOrNull(),
              Actors.current(execution));
      if (answer == Answer.CHANGES_REQUESTED) {
        REVISION_NOTE.set(
            execution,
            agreement.route().body()
                + " ønsker ændringer: "
                + agreement.changesRequested()
                + " Det reviderede udkast går til udvalget, før det sendes igen.");
        REVISION_FOR_COMMITTEE.set(execution, true);
      } else if (answer == Answer.FORMALISED) {
        GP_MESSAGE.set(execution, messages.gpText(agreement));
        IMPLEMENTATION_STATUS.set(execution, agreement.implementationStatus());
        IMPLEMENTATION_FOLLOW_UP.set(execution, properties.implementationFollowUp().toString());
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
      long itemId =
          startAgendaItem(
              execution,
              "Afvist aftale: " + agreement.title(),
              agreement.route().body()
                  + " har afvist udkastet til aftale \""
                  + agreement.title()
                  + "\".\n\nBegrundelse: "
                  + agreement.rejectionReason(),
              "Orientering om afvisningen.",
              "Sekretariatet orienterer.",
              "KLU aftalte udkastet; udvalget orienteres om, at det ikke blev formaliseret.",
              ItemKind.INFORMATION,
              5);
      agreements.reportedToCommittee(agreement.id(), itemId);
    };
  }

  /**
   * The revised draft goes to the committee as an item for decision on its next meeting (an agenda
   * item of its own, {@code klu-agenda-item}, placed and triaged like any item); it is sent again
   * only when the published minutes record the committee's decision on it.
   */
  @Bean
  JavaDelegate submitRevisionDelegate() {
    return execution -> {
      Agreement agreement = agreements.get(agreementId(execution));
      long itemId =
          startAgendaItem(
              execution,
              "Revideret aftaleudkast: " + agreement.title(),
              agreement.route().body()
                  + " ønskede ændringer i udkastet til aftale \""
                  + agreement.title()
                  + "\": "
                  + agreement.changesRequested()
                  + "\n\nDet reviderede udkast:\n\n"
                  + agreement.draftText(),
              "Er udvalget enigt om det reviderede udkast, så det kan sendes til "
                  + agreement.route().body()
                  + " igen?",
              "Sekretariatet fremlægger det reviderede udkast. Er udvalget enigt, markeres det i"
                  + " referatet som et udkast til aftale.",
              "KLU aftalte det oprindelige udkast; et ændret udkast sendes kun med udvalgets"
                  + " tilslutning.",
              ItemKind.DECISION,
              15);
      agreements.revisionToCommittee(agreement.id(), itemId);
      REVISION_ITEM_ID.set(execution, itemId);
      REVISION_AGREED.clear(execution);
      REVISION_DECISION.clear(execution);
    };
  }

  /**
   * Records the committee's decision on the revised draft: agreed, it may be sent; otherwise it
   * goes back to its drafters with the decision.
   */
  @Bean
  JavaDelegate recordRevisionDecisionDelegate() {
    return execution -> {
      boolean agreed = flag(execution, REVISION_AGREED);
      boolean settled = flag(execution, REVISION_SETTLED);
      REVISION_SETTLED.clear(execution);
      String decision = REVISION_DECISION.from(execution).getOrNull();
      agreements.revisionDecided(agreementId(execution), agreed, decision);
      REVISION_AGREED.set(execution, agreed);
      if (agreed) {
        REVISION_FOR_COMMITTEE.set(execution, false);
      } else {
        REVISION_NOTE.set(
            execution,
            (settled
                    ? "Det reviderede udkast kom ikke for udvalget: "
                    : "Udvalget er ikke enigt om det reviderede udkast: ")
                + decision
                + " Revidér udkastet igen; det går til udvalget, før det sendes.");
      }
    };
  }

  /**
   * The secretariat's follow-up on a formalised agreement's implementation: stores the status; the
   * follow-up ends when it is implemented or stopped.
   */
  @Bean
  JavaDelegate recordImplementationDelegate() {
    return execution -> {
      Agreement agreement =
          agreements.followUpImplementation(
              agreementId(execution),
              IMPLEMENTATION_STATUS.from(execution).getOrNull(),
              IMPLEMENTATION_NOTE.from(execution).getOrNull(),
              IMPLEMENTATION_AS_OF.from(execution).getOrNull(),
              Actors.current(execution));
      IMPLEMENTATION_SETTLED.set(execution, agreement.implementationStatus().settled());
      IMPLEMENTATION_AS_OF.clear(execution);
    };
  }

  /** Starts a {@code klu-agenda-item} for the committee's next meeting; returns the item's id. */
  private static long startAgendaItem(
      DelegateExecution execution,
      String title,
      String description,
      String discussionPoints,
      String approach,
      String justification,
      ItemKind kind,
      int minutes) {
    Map<String, Object> item =
        Variable.values(
            AgendaItemProcess.TITLE.entry(ColumnValue.fit(title, 200)),
            AgendaItemProcess.TOPIC.entry(Topic.ANDET),
            AgendaItemProcess.DESCRIPTION.entry(ColumnValue.fit(description, 10_000)),
            AgendaItemProcess.DISCUSSION_POINTS.entry(discussionPoints),
            AgendaItemProcess.APPROACH.entry(approach),
            AgendaItemProcess.JUSTIFICATION.entry(justification),
            AgendaItemProcess.REQUESTED_KIND.entry(kind),
            AgendaItemProcess.EXPECTED_MINUTES.entry(minutes));
    ProcessInstanceWithVariables started =
        EngineAccess.inStep(
            () ->
                execution
                    .getProcessEngineServices()
                    .getRuntimeService()
                    .createProcessInstanceByKey(AgendaItemProcess.KEY)
                    .setVariables(item)
                    .executeWithVariablesInReturn());
    return AgendaItemProcess.ITEM_ID.from(started.getVariables()).get();
  }

  /** Tells the municipality's GPs (by mail, or hands the text to the newsletter). */
  @Bean
  JavaDelegate informGpsDelegate() {
    return execution -> {
      GpChannel channel = GP_CHANNEL.from(execution).get();
      Agreement agreement =
          agreements.gpsInformed(agreementId(execution), channel, Actors.current(execution));
      outbox.record(
          messages.gps(
              agreement,
              channel,
              GP_MESSAGE.from(execution).getOrNull(),
              properties.gpMailingList()));
    };
  }
}
