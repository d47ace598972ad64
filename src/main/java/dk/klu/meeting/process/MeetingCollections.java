package dk.klu.meeting.process;

import static dk.klu.meeting.process.MeetingProcess.MEETING_ID;

import dk.klu.agenda.AgendaItemService;
import dk.klu.followup.FollowUpService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The collections the multi-instance loops of {@code klu-meeting} run over, as the model asks for
 * them ({@code camunda:collection="${meetingCollections.itemsToTriage(execution)}"}). The model
 * calls this process-layer bean, never a domain service: the bean maps the meeting's variable and
 * asks the domain, as a delegate does, and {@code FormsContractTest} checks that every method a
 * model calls exists here.
 *
 * <p>A loop's collection stays an expression rather than a variable set by a service task before
 * it: the ids are read when the loop starts (a service task would add a box per loop that shows
 * people nothing and keep a list of ids in the history of every meeting).
 */
@Component
public record MeetingCollections(AgendaItemService items, FollowUpService followUps) {

  /** The meeting's items waiting for triage (the loop of the triage sub-process). */
  public List<Long> itemsToTriage(DelegateExecution execution) {
    return items.toTriage(MEETING_ID.from(execution).get());
  }

  /** The items on the meeting's agenda, in agenda order (the loop of the case presentations). */
  public List<Long> itemsOnAgenda(DelegateExecution execution) {
    return items.onAgendaIds(MEETING_ID.from(execution).get());
  }

  /** The open follow-up actions of the meeting (the loop of the follow-up tasks). */
  public List<Long> openActions(DelegateExecution execution) {
    return followUps.openActionIds(MEETING_ID.from(execution).get());
  }
}
