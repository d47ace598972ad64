package dk.klu.bench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;

/**
 * The bare engine's equivalent of one meeting cycle: a generated process with as many user tasks,
 * timers and service steps as the real cycle ran (counted from its history), no-op delegates, no
 * forms, no listeners and no domain writes. Timers that the real cycle created but that never fired
 * (reminders and escalations deleted when their task was done) become interrupting boundary timers
 * that never fire either.
 */
final class BareModel {

  static final String KEY = "klu-bench-bare";

  /** What one cycle consists of, by kind. */
  record Shape(
      long userTasks,
      long timersFired,
      long timersCreated,
      long serviceSteps,
      long asyncContinuations,
      long processInstances) {}

  /** Does nothing: the bare engine's service step. */
  public static final class Noop implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      // deliberately empty
    }
  }

  private BareModel() {}

  static BpmnModelInstance of(String key, Shape shape) {
    // Spread timers and service steps evenly between the user tasks.
    List<Character> steps = new ArrayList<>();
    long u = shape.userTasks();
    long t = shape.timersFired();
    long s = shape.serviceSteps();
    long total = u + t + s;
    long placedU = 0;
    long placedT = 0;
    long placedS = 0;
    for (long i = 1; i <= total; i++) {
      if (placedT < t * i / total) {
        steps.add('T');
        placedT++;
      } else if (placedS < s * i / total) {
        steps.add('S');
        placedS++;
      } else if (placedU < u) {
        steps.add('U');
        placedU++;
      } else if (placedT < t) {
        steps.add('T');
        placedT++;
      } else {
        steps.add('S');
        placedS++;
      }
    }
    long unfiredTimers = Math.max(0, shape.timersCreated() - shape.timersFired());
    long asyncLeft = shape.asyncContinuations();

    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(key)
            .name("Benchmark: bar motor")
            .camundaHistoryTimeToLive(730)
            .startEvent("Start");
    int n = 0;
    for (char step : steps) {
      n++;
      switch (step) {
        case 'U' -> {
          UserTaskBuilder task =
              flow.userTask("UserTask_" + n)
                  .name("Opgave " + n)
                  .camundaCandidateGroups("secretariat");
          if (unfiredTimers > 0) {
            unfiredTimers--;
            task.boundaryEvent("Boundary_" + n)
                .cancelActivity(true)
                .timerWithDuration("P365D")
                .endEvent("Escalated_" + n)
                .moveToActivity("UserTask_" + n);
          }
          flow = task;
        }
        case 'T' -> flow = flow.intermediateCatchEvent("Timer_" + n).timerWithDuration("PT1H");
        default -> {
          var service =
              flow.serviceTask("Service_" + n).name("Trin " + n).camundaClass(Noop.class.getName());
          if (asyncLeft > 0) {
            asyncLeft--;
            service.camundaAsyncBefore();
          }
          flow = service;
        }
      }
    }
    return flow.endEvent("End").done();
  }
}
