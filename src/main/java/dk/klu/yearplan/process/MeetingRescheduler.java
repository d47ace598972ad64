package dk.klu.yearplan.process;

import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.meeting.process.MeetingProcess;
import dk.klu.process.EngineAccess;
import dk.klu.tasklist.TaskNames;
import dk.klu.yearplan.YearPlanService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a meeting of the year plan and its deadlines with it, in one transaction: the plan and the
 * stored meeting ({@link YearPlanService#reschedule}), the meeting process's date variables, and
 * the due dates of its waiting timer jobs, which the engine computes again from those variables
 * ({@link ManagementService#recalculateJobDuedate(String, boolean)}, not from the job's creation),
 * and the meeting's name in task names and its business key ("KLU-møde 23.09.2027"), which the
 * engine's API can only set from inside the engine.
 */
@Component
public class MeetingRescheduler {

  private final YearPlanService plans;
  private final MeetingService meetings;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final EngineAccess engineAccess;
  private final CommitteeProperties committee;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  public MeetingRescheduler(
      YearPlanService plans,
      MeetingService meetings,
      RuntimeService runtimeService,
      ManagementService managementService,
      EngineAccess engineAccess,
      CommitteeProperties committee,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.committee = committee;
    this.engineConfiguration = engineConfiguration;
    this.plans = plans;
    this.meetings = meetings;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.engineAccess = engineAccess;
  }

  /** Danish messages for what is wrong with the move; empty if the meeting may be moved. */
  public List<String> check(int year, int number, LocalDate date, LocalTime start, LocalTime end) {
    return plans.checkReschedule(year, number, date, start, end);
  }

  /** Moves the meeting; returns it with its new deadlines (null if not yet started). */
  @Transactional
  public Meeting reschedule(
      int year, int number, LocalDate date, LocalTime start, LocalTime end, String by) {
    Meeting meeting = plans.reschedule(year, number, date, start, end, by);
    if (meeting == null || meeting.processInstanceId() == null) {
      return meeting;
    }
    String pi = meeting.processInstanceId();
    engineAccess.asApplication(
        () -> {
          Map<String, Object> changed = new LinkedHashMap<>(meetings.schedule(meeting).asIso());
          changed.put(MeetingProcess.MEETING_LABEL.name(), meeting.label());
          String name = TaskNames.meeting(committee.name(), meeting.startsAt());
          changed.put(MeetingProcess.MEETING_NAME.name(), name);
          runtimeService.setVariables(pi, changed);
          List<String> renamed = new ArrayList<>(List.of(pi));
          // the steps the meeting has called hold copies of the deadlines and the name they use
          for (ProcessInstance called :
              runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi).list()) {
            Map<String, Object> held =
                runtimeService.getVariables(called.getId(), changed.keySet());
            held.replaceAll((k, v) -> changed.get(k));
            runtimeService.setVariables(called.getId(), held);
            renamed.add(called.getId());
          }
          engineConfiguration
              .getCommandExecutorTxRequired()
              .execute(
                  context -> {
                    for (String id : renamed) {
                      context
                          .getExecutionManager()
                          .findExecutionById(id)
                          .setProcessBusinessKey(name);
                    }
                    return null;
                  });
          for (Job job : managementService.createJobQuery().processInstanceId(pi).timers().list()) {
            managementService.recalculateJobDuedate(job.getId(), false);
          }
          return null;
        });
    return meeting;
  }
}
