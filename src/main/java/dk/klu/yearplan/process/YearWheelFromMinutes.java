package dk.klu.yearplan.process;

import dk.klu.meeting.MinutesPublished;
import dk.klu.process.EngineAccess;
import dk.klu.yearplan.YearPlan;
import dk.klu.yearplan.YearPlanService;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the minutes of a year plan's last meeting are published, the committee has decided under
 * "Årshjul for næste år": the plan's process is told (message {@code
 * Message_LastMeetingMinutesPublished}, business key {@code year-plan-<year>}), and the secretariat
 * gets the task to prepare next year's plan (docs/adr/0005: the meeting cycle does not call the
 * year plan). Runs in the publishing step's transaction; a plan not waiting for it (already told,
 * or ended) is not told again.
 */
@Component
public record YearWheelFromMinutes(
    YearPlanService plans, RuntimeService runtimeService, EngineAccess engineAccess) {

  @EventListener
  public void minutesPublished(MinutesPublished event) {
    notifyPlan(event.meetingId());
  }

  /** Tells the plan ending with this meeting, if any; returns the plan told. */
  public Optional<YearPlan> notifyPlan(long meetingId) {
    Optional<YearPlan> plan = plans.planEndingWith(meetingId);
    plan.ifPresent(
        p ->
            engineAccess.asApplication(
                () ->
                    runtimeService
                        .createMessageCorrelation(YearPlanProcess.MESSAGE_LAST_MEETING_MINUTES)
                        .processInstanceBusinessKey(YearPlan.businessKey(p.year()))
                        .correlateAllWithResult()));
    return plan;
  }
}
