package dk.klu.meeting.process;

import static dk.klu.forms.FormRule.rule;
import static dk.klu.meeting.process.MeetingProcess.*;

import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agenda.process.TriageProcess;
import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.meeting.MeetingService;
import dk.klu.process.contract.Variable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the meeting cycle's forms that the form schema cannot say: what depends on another
 * field or on the meeting. Checked on every submission, from Tasklist or REST, before anything is
 * stored.
 */
@Configuration(proxyBeanMethods = false)
public record MeetingFormRules(dk.klu.forms.FormCatalog forms) {

  long meetingId(FormSubmission submission) {
    return MEETING_ID.convert(submission.current(MEETING_ID.name()));
  }

  /**
   * A text field required when another field has a value; the message names the field by the label
   * the form shows (read from the form itself).
   */
  List<String> requiredWhen(
      FormSubmission s, Variable<?> field, String value, Variable<String> textField) {
    Object text = s.value(textField.name());
    if (value.equals(s.value(field.name())) && (text == null || text.toString().isBlank())) {
      String label =
          forms
              .find(s.formId())
              .flatMap(form -> form.field(textField.name()))
              .map(dk.klu.forms.FormField::label)
              .filter(l -> l != null && !l.isBlank())
              .orElse(textField.name());
      return List.of("Feltet \"" + label + "\" skal udfyldes.");
    }
    return List.of();
  }

  @Bean
  FormRule meetingStartRule(MeetingService meetings) {
    return rule(
        "klu-meeting-start",
        s ->
            meetings.checkPlanned(
                (String) s.value(MEETING_START.name()),
                Boolean.TRUE.equals(s.value(MEETING_SHORT_NOTICE.name()))));
  }

  @Bean
  FormRule triageRule() {
    return rule(
        "klu-triage-item",
        s -> {
          List<String> problems = settlingTexts(s);
          problems.addAll(
              requiredWhen(
                  s,
                  TriageProcess.TRIAGE_OUTCOME,
                  "NEEDS_INFORMATION",
                  TriageProcess.TRIAGE_INFORMATION_REQUEST));
          problems.addAll(
              requiredWhen(
                  s,
                  TriageProcess.TRIAGE_OUTCOME,
                  "REJECTED",
                  TriageProcess.TRIAGE_REJECTION_REASON));
          if (Boolean.TRUE.equals(s.value(TriageProcess.TRIAGE_CONFIDENTIAL.name()))
              && Boolean.TRUE.equals(s.value(TriageProcess.TRIAGE_MAKE_PUBLIC.name()))) {
            problems.add(
                "Vælg enten \"Lukket punkt\" eller \"Gør punktet offentligt\", ikke begge.");
          }
          return problems;
        });
  }

  /**
   * The assessment of an item between intakes: solving or referring it needs the same text for the
   * submitter as in the triage.
   */
  @Bean
  FormRule queuedItemRule() {
    return rule(AgendaItemProcess.Form.QUEUED_ITEM.id(), this::settlingTexts);
  }

  /** The texts the settling outcomes (solved, referred) need, on each form that offers them. */
  private List<String> settlingTexts(FormSubmission s) {
    List<String> problems = new ArrayList<>();
    problems.addAll(
        requiredWhen(s, TriageProcess.TRIAGE_OUTCOME, "SOLVED", TriageProcess.TRIAGE_RESOLUTION));
    problems.addAll(
        requiredWhen(s, TriageProcess.TRIAGE_OUTCOME, "REFERRED", TriageProcess.TRIAGE_REFERRAL));
    return problems;
  }

  @Bean
  FormRule agendaReviewChairRule(AgendaForm agenda) {
    return rule(
        "klu-agenda-review-chair",
        s -> {
          List<String> problems =
              new ArrayList<>(
                  requiredWhen(
                      s,
                      AgendaPreparationProcess.CHAIR_DECISION,
                      RETURN,
                      AgendaPreparationProcess.CHAIR_COMMENT));
          problems.addAll(
              agenda.check(meetingId(s), s.value(AgendaPreparationProcess.AGENDA_ITEMS.name())));
          problems.addAll(
              agenda.checkPutBack(
                  meetingId(s), s.value(AgendaPreparationProcess.AGENDA_OFF_AGENDA.name())));
          return problems;
        });
  }

  @Bean
  FormRule agendaReviewGpChairRule(AgendaForm agenda) {
    return rule(
        "klu-agenda-review-gp-chair",
        s -> {
          List<String> problems =
              new ArrayList<>(
                  requiredWhen(
                      s,
                      AgendaPreparationProcess.GP_CHAIR_DECISION,
                      RETURN,
                      AgendaPreparationProcess.GP_CHAIR_COMMENT));
          problems.addAll(
              agenda.checkPutBack(
                  meetingId(s), s.value(AgendaPreparationProcess.AGENDA_OFF_AGENDA.name())));
          return problems;
        });
  }

  @Bean
  FormRule agendaRevisionRule(AgendaForm agenda) {
    return rule(
        "klu-agenda-revision",
        s -> agenda.check(meetingId(s), s.value(AgendaPreparationProcess.AGENDA_ITEMS.name())));
  }

  @Bean
  FormRule attendanceRule() {
    return rule(
        "klu-attendance",
        s -> AttendanceForm.check(s.current(ATTENDANCE.name()), s.value(ATTENDANCE.name())));
  }

  @Bean
  FormRule minutesRule(MinutesForm minutes, MeetingService meetings) {
    return minutesRule("klu-minutes", minutes, meetings);
  }

  @Bean
  FormRule minutesRevisionRule(MinutesForm minutes, MeetingService meetings) {
    return minutesRule("klu-minutes-revision", minutes, meetings);
  }

  private FormRule minutesRule(String formId, MinutesForm minutes, MeetingService meetings) {
    return rule(
        formId,
        s ->
            minutes.check(
                meetingId(s),
                s.value(MINUTES_ITEMS.name()),
                s.value(FOLLOW_UP_ACTIONS.name()),
                meetings.now().toLocalDate()));
  }

  @Bean
  FormRule minutesApprovalChairRule() {
    return rule(
        "klu-minutes-approval-chair",
        s -> requiredWhen(s, MINUTES_CHAIR_DECISION, RETURN, MINUTES_CHAIR_COMMENT));
  }

  @Bean
  FormRule minutesApprovalGpChairRule() {
    return rule(
        "klu-minutes-approval-gp-chair",
        s -> requiredWhen(s, MINUTES_GP_CHAIR_DECISION, RETURN, MINUTES_GP_CHAIR_COMMENT));
  }

  @Bean
  FormRule lateItemRule(AgendaItemService items) {
    return rule(
        AgendaItemProcess.Form.LATE_ITEM.id(),
        s -> {
          if (!AgendaItemProcess.ADMIT.equals(
              AgendaItemProcess.LATE_DECISION.from(s.values()).getOrNull())) {
            return List.of();
          }
          long itemId =
              AgendaItemProcess.ITEM_ID.convert(s.current(AgendaItemProcess.ITEM_ID.name()));
          return items.canAdmit(items.get(itemId))
              ? List.of()
              : List.of(
                  "Dagsordenen for mødet er allerede sendt til formandskabet; punktet kan kun"
                      + " flyttes til næste møde.");
        });
  }
}
