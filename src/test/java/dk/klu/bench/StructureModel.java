package dk.klu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.Backstage;
import dk.klu.support.CycleDriver;
import dk.klu.support.RestClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * The second baseline: the bare engine with our process structure. For every process a cycle ran, a
 * bare process that takes the path the cycle took — the same user tasks, timers, service steps,
 * gateways and waits, the same embedded and multi-instance sub-processes and call activities, in
 * the order the cycle met them — with no-op delegates and no forms, listeners, variables or domain
 * writes. The bare processes are started as often as the cycle started ours and called where ours
 * were called. What a cycle costs beyond this is what the application adds on top of the engine.
 *
 * <p>Read from the engine's history of one real cycle, so it follows the models as they change.
 * Where the instances of one process took different paths (a triage with a missing-information
 * loop), the most common path stands for all of them; {@link Definition#variants} says how many
 * paths there were. Parallel branches run one after the other in the bare process (their gateways
 * stay, as pass-through gateways).
 */
final class StructureModel {

  static final String MESSAGE = "klu-bench-structure-done";

  /** One step of a bare process. */
  sealed interface Step permits Simple, Call, Sub {}

  /** U user task, S service step, T timer, G gateway, R a wait for a message. */
  record Simple(char kind, boolean async) implements Step {}

  /** A call activity, multi-instance with {@code cardinality} when {@code multi}. */
  record Call(String calledKey, int cardinality, boolean multi) implements Step {}

  /** An embedded sub-process, multi-instance with {@code cardinality} when {@code multi}. */
  record Sub(List<Step> steps, int cardinality, boolean multi) implements Step {}

  /**
   * One process of the cycle: its path, the timers each instance created that never fired
   * (reminders and escalations of tasks done in time), how many instances ran, in how many paths.
   */
  record Definition(String key, List<Step> steps, int unfiredTimers, int instances, int variants) {}

  /** The processes of a cycle, and the ones started from outside, in the order they started. */
  record Structure(Map<String, Definition> definitions, List<String> started) {

    /** For bench.json: per process, its instances, paths and the path the bare process takes. */
    Map<String, Object> describe() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("startedFromOutside", started.size());
      definitions.forEach(
          (key, d) ->
              m.put(
                  key,
                  Map.of(
                      "instances", d.instances(),
                      "paths", d.variants(),
                      "unfiredTimersPerInstance", d.unfiredTimers(),
                      "path", text(d.steps()))));
      return m;
    }

    private static String text(List<Step> steps) {
      return steps.stream()
          .map(
              step -> {
                if (step instanceof Call c) {
                  return "call(" + c.calledKey() + ")" + (c.multi() ? "x" + c.cardinality() : "");
                }
                if (step instanceof Sub sub) {
                  return "["
                      + text(sub.steps())
                      + "]"
                      + (sub.multi() ? "x" + sub.cardinality() : "");
                }
                Simple simple = (Simple) step;
                return simple.kind() + (simple.async() ? "*" : "");
              })
          .collect(Collectors.joining(" "));
    }
  }

  private StructureModel() {}

  /** What {@code work} ran, from the engine's history. */
  static Structure measure(ProcessEngine engine, KluBenchmark.Work work) throws Exception {
    Set<String> before;
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      before = processInstanceIds(engine.getHistoryService());
    }
    work.run();
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      HistoryService history = engine.getHistoryService();
      List<HistoricProcessInstance> added =
          history.createHistoricProcessInstanceQuery().list().stream()
              .filter(p -> !before.contains(p.getId()))
              .sorted(
                  Comparator.comparing(HistoricProcessInstance::getStartTime)
                      .thenComparing(HistoricProcessInstance::getId))
              .toList();
      Map<String, String> keyOf =
          added.stream()
              .collect(
                  Collectors.toMap(
                      HistoricProcessInstance::getId,
                      HistoricProcessInstance::getProcessDefinitionKey));
      List<String> started =
          added.stream()
              .filter(p -> p.getSuperProcessInstanceId() == null)
              .map(HistoricProcessInstance::getProcessDefinitionKey)
              .toList();
      Map<String, List<List<Step>>> paths = new LinkedHashMap<>();
      Map<String, Integer> unfired = new LinkedHashMap<>();
      for (HistoricProcessInstance p : added) {
        List<HistoricJobLog> jobs =
            history.createHistoricJobLogQuery().processInstanceId(p.getId()).list();
        Set<String> async =
            jobs.stream()
                .filter(
                    j -> j.isCreationLog() && "async-continuation".equals(j.getJobDefinitionType()))
                .map(HistoricJobLog::getActivityId)
                .collect(Collectors.toSet());
        long timersCreated = jobs.stream().filter(j -> j.isCreationLog() && isTimer(j)).count();
        long timersFired = jobs.stream().filter(j -> j.isSuccessLog() && isTimer(j)).count();
        List<HistoricActivityInstance> activities =
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(p.getId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list();
        paths
            .computeIfAbsent(p.getProcessDefinitionKey(), k -> new ArrayList<>())
            .add(new PathReader(activities, async, keyOf).path());
        unfired.merge(
            p.getProcessDefinitionKey(), (int) (timersCreated - timersFired), Integer::sum);
      }
      Map<String, Definition> definitions = new LinkedHashMap<>();
      paths.forEach(
          (key, all) -> {
            Map<List<Step>, Long> counted =
                all.stream()
                    .collect(
                        Collectors.groupingBy(
                            Function.identity(), LinkedHashMap::new, Collectors.counting()));
            List<Step> common =
                counted.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            int timers = Math.round((float) unfired.get(key) / all.size());
            definitions.put(key, new Definition(key, common, timers, all.size(), counted.size()));
          });
      return new Structure(definitions, started);
    }
  }

  private static boolean isTimer(HistoricJobLog job) {
    return job.getJobDefinitionType() != null && job.getJobDefinitionType().startsWith("timer");
  }

  private static Set<String> processInstanceIds(HistoryService history) {
    Set<String> ids = new HashSet<>();
    history.createHistoricProcessInstanceQuery().list().forEach(p -> ids.add(p.getId()));
    return ids;
  }

  /** One instance's activities as the path of steps, scope by scope. */
  private record PathReader(
      List<HistoricActivityInstance> activities, Set<String> async, Map<String, String> keyOf) {

    List<Step> path() {
      Set<String> ids =
          activities.stream().map(HistoricActivityInstance::getId).collect(Collectors.toSet());
      return stepsUnder(a -> !ids.contains(a.getParentActivityInstanceId()));
    }

    private List<HistoricActivityInstance> children(String parentId) {
      return activities.stream()
          .filter(a -> parentId.equals(a.getParentActivityInstanceId()))
          .toList();
    }

    private List<Step> stepsUnder(java.util.function.Predicate<HistoricActivityInstance> inScope) {
      List<Step> steps = new ArrayList<>();
      for (HistoricActivityInstance a : activities) {
        if (!inScope.test(a)) {
          continue;
        }
        Step step = step(a);
        if (step != null) {
          steps.add(step);
        }
      }
      return steps;
    }

    private Step step(HistoricActivityInstance a) {
      boolean isAsync = async.contains(a.getActivityId());
      return switch (a.getActivityType()) {
        case "userTask" -> new Simple('U', false);
        case "serviceTask", "sendTask", "businessRuleTask", "scriptTask" ->
            new Simple('S', isAsync);
        case "intermediateTimer", "boundaryTimer" -> new Simple('T', false);
        case "receiveTask", "intermediateMessageCatch" -> new Simple('R', false);
        case "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway" ->
            new Simple('G', false);
        case "callActivity" -> new Call(keyOf.get(a.getCalledProcessInstanceId()), 1, false);
        case "subProcess" ->
            new Sub(stepsUnder(c -> a.getId().equals(c.getParentActivityInstanceId())), 1, false);
        case "multiInstanceBody" -> {
          List<HistoricActivityInstance> inner = children(a.getId());
          Step first = step(inner.get(0));
          if (first instanceof Call call) {
            yield new Call(call.calledKey(), inner.size(), true);
          }
          yield new Sub(
              first instanceof Sub sub ? sub.steps() : List.of(first), inner.size(), true);
        }
        default -> null; // start and end events: every bare process has its own
      };
    }
  }

  // --- the bare processes ----------------------------------------------------------------------

  static String bareKey(String prefix, String key) {
    return prefix + key;
  }

  /** Deploys one bare process per process of the structure, in one deployment. */
  static void deploy(ProcessEngine engine, Structure structure, String prefix) throws Exception {
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      DeploymentBuilder deployment =
          engine.getRepositoryService().createDeployment().name(prefix + "structure");
      for (Definition d : structure.definitions().values()) {
        String key = bareKey(prefix, d.key());
        deployment.addModelInstance(key + ".bpmn", new Writer(prefix, d).model(key));
      }
      deployment.deploy();
    }
    for (Definition d : structure.definitions().values()) {
      KluBenchmark.grantBareModel(engine, bareKey(prefix, d.key()));
    }
  }

  /** Writes one definition's path with the model API. */
  private static final class Writer {
    private final String prefix;
    private final Definition definition;
    private int unfiredTimers;
    private int n;

    Writer(String prefix, Definition definition) {
      this.prefix = prefix;
      this.definition = definition;
      this.unfiredTimers = definition.unfiredTimers();
    }

    org.camunda.bpm.model.bpmn.BpmnModelInstance model(String key) {
      AbstractFlowNodeBuilder<?, ?> flow =
          Bpmn.createExecutableProcess(key)
              .name("Benchmark: bar motor, vores struktur")
              .camundaHistoryTimeToLive(730)
              .startEvent("Start");
      return write(flow, definition.steps()).endEvent("End").done();
    }

    /** The activity as a parallel multi-instance of {@code cardinality} instances. */
    private static <B extends AbstractActivityBuilder<?, ?>> B parallel(
        B activity, int cardinality) {
      return activity.multiInstance().parallel().cardinality("" + cardinality).multiInstanceDone();
    }

    private AbstractFlowNodeBuilder<?, ?> write(
        AbstractFlowNodeBuilder<?, ?> flow, List<Step> steps) {
      for (Step step : steps) {
        n++;
        if (step instanceof Call c) {
          CallActivityBuilder call =
              flow.callActivity("Call_" + n)
                  .calledElement(bareKey(prefix, c.calledKey()))
                  .camundaCalledElementBinding("deployment");
          if (c.multi()) {
            call = parallel(call, c.cardinality());
          }
          flow = unfiredTimer(call);
        } else if (step instanceof Sub s) {
          SubProcessBuilder sub = flow.subProcess("Sub_" + n);
          if (s.multi()) {
            sub = parallel(sub, s.cardinality());
          }
          int id = n;
          AbstractFlowNodeBuilder<?, ?> inner =
              write(sub.embeddedSubProcess().startEvent("SubStart_" + id), s.steps());
          flow = unfiredTimer(inner.endEvent("SubEnd_" + id).subProcessDone());
        } else {
          flow = simple(flow, (Simple) step);
        }
      }
      return flow;
    }

    private AbstractFlowNodeBuilder<?, ?> simple(AbstractFlowNodeBuilder<?, ?> flow, Simple s) {
      return switch (s.kind()) {
        case 'U' ->
            unfiredTimer(
                flow.userTask("UserTask_" + n)
                    .name("Opgave " + n)
                    .camundaCandidateGroups("secretariat"));
        case 'S' -> {
          var service =
              flow.serviceTask("Service_" + n).camundaClass(BareModel.Noop.class.getName());
          yield s.async() ? service.camundaAsyncBefore() : service;
        }
        case 'T' -> flow.intermediateCatchEvent("Timer_" + n).timerWithDuration("PT1H");
        case 'R' -> flow.receiveTask("Wait_" + n).message(MESSAGE);
        default -> flow.exclusiveGateway("Gateway_" + n);
      };
    }

    /** A reminder that never fires: the task or step is done first. */
    private AbstractFlowNodeBuilder<?, ?> unfiredTimer(AbstractActivityBuilder<?, ?> activity) {
      if (unfiredTimers > 0) {
        unfiredTimers--;
        String id = activity.getElement().getId();
        activity
            .boundaryEvent(id + "_Reminder")
            .cancelActivity(false)
            .timerWithDuration("P365D")
            .endEvent(id + "_Reminded");
        AbstractActivityBuilder<?, ?> back = activity.moveToActivity(id);
        return back;
      }
      return activity;
    }
  }

  /** Ends every wait for the message; whether there was any. */
  private static boolean endWaits(ProcessEngine engine) throws Exception {
    List<Execution> waiting;
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      waiting =
          engine
              .getRuntimeService()
              .createExecutionQuery()
              .messageEventSubscriptionName(MESSAGE)
              .list();
    }
    for (Execution e : waiting) {
      engine.getRuntimeService().messageEventReceived(MESSAGE, e.getId());
    }
    return !waiting.isEmpty();
  }

  /**
   * Runs the structure as the cycle ran it: every process started from outside is started over REST
   * as {@code sekretaer}, every task completed over REST, the clock moved on when nobody has
   * anything to do, and the waits for a message ended when nothing else is left.
   */
  static void run(
      CycleDriver driver, RestClient rest, ProcessEngine engine, Structure structure, String prefix)
      throws Exception {
    List<String> instances = new ArrayList<>();
    for (String key : structure.started()) {
      instances.add(KluBenchmark.startBare(rest, bareKey(prefix, key)));
    }
    KluBenchmark.driveBare(driver, rest, () -> endWaits(engine));
    Backstage backstage = driver.backstage();
    for (String instance : instances) {
      assertThat(backstage.ended(instance)).as("bare instance %s ended", instance).isTrue();
    }
  }
}
