package dk.klu.evaluation.process;

import static dk.klu.evaluation.process.EvaluationProcess.*;

import dk.klu.document.EvaluationDocuments;
import dk.klu.evaluation.Evaluation;
import dk.klu.evaluation.EvaluationExistsException;
import dk.klu.evaluation.EvaluationProperties;
import dk.klu.evaluation.EvaluationService;
import dk.klu.evaluation.EvaluationSummary;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.notification.Outbox;
import dk.klu.persistence.ColumnValue;
import dk.klu.process.Iso;
import dk.klu.process.contract.Actors;
import dk.klu.process.contract.Variable;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin steps of {@code klu-evaluation}: each maps variables, calls {@link EvaluationService}
 * (and the documents), records the messages it causes in the outbox in the same transaction, and
 * maps results back.
 */
@Configuration(proxyBeanMethods = false)
public record EvaluationDelegates(
    EvaluationService evaluations,
    EvaluationDocuments documents,
    EvaluationProperties properties,
    CommitteeProperties committee,
    Outbox outbox,
    EvaluationMessages messages,
    KluClock clock) {

  static final String RELEASED_BY_PROCESS = KEY;

  static int year(DelegateExecution execution) {
    return YEAR.from(execution).get();
  }

  /** The due date {@code period} from now. */
  private ZonedDateTime dueIn(Period period) {
    return clock.now().atZoneSameInstant(MeetingSchedule.KLU_ZONE).plus(period);
  }

  /** Its reminder, {@code reminderBefore} earlier. */
  private String reminderBefore(ZonedDateTime due) {
    return Iso.format(due.minus(properties.reminderBefore()));
  }

  private static String danish(DelegateExecution execution, Variable<String> isoDate) {
    String iso = isoDate.from(execution).getOrNull();
    return iso == null ? "" : Meeting.danish(OffsetDateTime.parse(iso));
  }

  /**
   * Takes the year's figures and gives the evaluation to the secretariat. A year another instance
   * already evaluates ends this one at "Evaluering findes allerede" (error {@code
   * EVALUATION_EXISTS}).
   */
  @Bean
  JavaDelegate generateEvaluationDelegate() {
    return execution -> {
      int year = year(execution);
      Evaluation evaluation;
      try {
        evaluation =
            evaluations.generate(
                year, execution.getProcessInstanceId(), INITIATOR.from(execution).getOrNull());
      } catch (EvaluationExistsException e) {
        // a business outcome the model shows ("Evaluering findes allerede"), not an incident
        throw new BpmnError(ERROR_EVALUATION_EXISTS, e.getMessage());
      }
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(businessKey(year));
      }
      CHAIR_USER.set(execution, committee.chairUser());
      GP_CHAIR_USER.set(execution, committee.gpChairUser());
      FIGURES.set(execution, EvaluationSummary.of(evaluation.report()));
      ASSESSMENT.set(execution, evaluation.assessment());
      RECOMMENDATIONS.set(execution, evaluation.recommendations());
      RETURN_NOTE.clear(execution);
      ZonedDateTime due = dueIn(properties.completionPeriod());
      COMPLETION_DUE.set(execution, Iso.format(due));
      COMPLETION_REMINDER.set(execution, reminderBefore(due));
    };
  }

  @Bean
  JavaDelegate remindEvaluationCompletionDelegate() {
    return execution ->
        outbox.record(
            messages.completionReminder(
                evaluations.get(year(execution)), danish(execution, COMPLETION_DUE)));
  }

  @Bean
  JavaDelegate escalateEvaluationCompletionDelegate() {
    return execution ->
        outbox.record(
            messages.completionOverdue(
                evaluations.get(year(execution)), committee.chairUser(), committee.gpChairUser()));
  }

  /** Stores the secretariat's texts and gives the evaluation to both chairs. */
  @Bean
  JavaDelegate saveEvaluationDelegate() {
    return execution -> {
      evaluations.complete(
          year(execution),
          ASSESSMENT.from(execution).getOrNull(),
          RECOMMENDATIONS.from(execution).getOrNull(),
          Actors.current(execution));
      for (Variable<String> answer :
          List.of(CHAIR_DECISION, CHAIR_COMMENT, GP_CHAIR_DECISION, GP_CHAIR_COMMENT)) {
        answer.clear(execution);
      }
      ZonedDateTime due = dueIn(properties.approvalPeriod());
      APPROVAL_DUE.set(execution, Iso.format(due));
      APPROVAL_REMINDER.set(execution, reminderBefore(due));
    };
  }

  @Bean
  JavaDelegate remindEvaluationApprovalDelegate() {
    return execution ->
        outbox.record(
            messages.approvalReminder(
                evaluations.get(year(execution)),
                APPROVER.from(execution).getOrNull(),
                danish(execution, APPROVAL_DUE)));
  }

  @Bean
  JavaDelegate escalateEvaluationApprovalDelegate() {
    return execution ->
        outbox.record(
            messages.approvalOverdue(
                evaluations.get(year(execution)), APPROVER.from(execution).getOrNull()));
  }

  /** A chair sent it back: the comments go to the secretariat with a new due date. */
  @Bean
  JavaDelegate returnEvaluationDelegate() {
    return execution -> {
      StringJoiner note = new StringJoiner("\n\n");
      comment(note, execution, CHAIR_DECISION, CHAIR_COMMENT, "Formand");
      comment(note, execution, GP_CHAIR_DECISION, GP_CHAIR_COMMENT, "PLO-formand");
      String text = ColumnValue.fit(note.toString(), 4000);
      Evaluation evaluation = evaluations.returned(year(execution), text);
      outbox.record(messages.returned(evaluation));
      RETURN_NOTE.set(execution, text);
      ZonedDateTime due = dueIn(properties.completionPeriod());
      COMPLETION_DUE.set(execution, Iso.format(due));
      COMPLETION_REMINDER.set(execution, reminderBefore(due));
    };
  }

  private static void comment(
      StringJoiner note,
      DelegateExecution execution,
      Variable<String> decision,
      Variable<String> comment,
      String who) {
    if (RETURN.equals(decision.from(execution).getOrNull())) {
      String text = comment.from(execution).getOrNull();
      note.add(who + ": " + (text == null ? "" : text.strip()));
    }
  }

  /**
   * Both chairs approved: the evaluation is released as a document (HTML and tagged PDF) and sent
   * to the regional Samarbejdsudvalg with the PDF, all in this step's transaction.
   */
  @Bean
  JavaDelegate sendEvaluationDelegate() {
    return execution -> {
      int year = year(execution);
      Evaluation approved = evaluations.approved(year);
      EvaluationDocuments.Released document = documents.release(approved, RELEASED_BY_PROCESS);
      Evaluation sent = evaluations.sent(year, properties.recipient());
      outbox.record(messages.sent(sent, document, properties.recipient(), committee.displayName()));
    };
  }

  @Bean
  JavaDelegate archiveEvaluationDelegate() {
    return execution -> {
      Evaluation archived = evaluations.archived(year(execution));
      outbox.record(messages.archived(archived, committee.chairUser(), committee.gpChairUser()));
    };
  }
}
