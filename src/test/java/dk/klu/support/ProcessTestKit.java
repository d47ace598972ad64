package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The engine-level helpers of the tests in one place: the engine's clock ({@link ClockUtil}), the
 * due jobs run as the job executor would (it is off in the tests, so jobs run when the test says),
 * whether a process instance ended, a task's id, a variable from history.
 *
 * <p>As a JUnit 5 extension in a Spring test ({@code @RegisterExtension final ProcessTestKit kit =
 * new ProcessTestKit();}) it takes the application's {@link ProcessEngine} before each test and
 * puts the clock back after it. The drivers use it as a plain helper on a given engine; {@code
 * quiet} is opened around the look-ups (which job is due, which timer is next), not around the
 * jobs' execution, so a benchmark can leave the look-ups out of what it counts.
 */
public final class ProcessTestKit implements BeforeEachCallback, AfterEachCallback {

  /** How often {@link #runDueJobs()} looks again for jobs that the jobs it ran made due. */
  public static final int ROUNDS = 20;

  private int rounds = ROUNDS;

  /**
   * Not named camunda.cfg.xml: ProcessEngines.init() (called by the REST API in the Spring Boot
   * tests of the same JVM) would build the process tests' engine there too.
   */
  public static final String PROCESS_TEST_CONFIGURATION = "klu-process-test.cfg.xml";

  private ProcessEngine engine;
  private final Supplier<AutoCloseable> quiet;

  /** In a process unit test: the coverage extension whose engine BpmnAwareTests work on. */
  private ProcessEngineCoverageExtension unit;

  /** The application's engine, taken from the Spring test context before each test. */
  public ProcessTestKit() {
    this(null, () -> () -> {});
  }

  public ProcessTestKit(ProcessEngine engine) {
    this(engine, () -> () -> {});
  }

  public ProcessTestKit(ProcessEngine engine, Supplier<AutoCloseable> quiet) {
    this.engine = engine;
    this.quiet = quiet;
  }

  /**
   * The process unit tests' engine (the model alone, with mocks) with its coverage asserted at
   * least {@code share} for the test class.
   */
  public static ProcessEngineCoverageExtension coverage(double share) {
    return ProcessEngineCoverageExtension.builder(PROCESS_TEST_CONFIGURATION)
        .assertClassCoverageAtLeast(share)
        .build();
  }

  // --- process unit tests (the engine of BpmnAwareTests) -------------------------------------

  /** Starts the process as {@code user} (its initiator) with the variables. */
  public static ProcessInstance startAs(
      String user, String processKey, Map<String, Object> variables) {
    identityService().setAuthenticatedUserId(user);
    try {
      return runtimeService().startProcessInstanceByKey(processKey, variables);
    } finally {
      identityService().clearAuthentication();
    }
  }

  /**
   * Starts a process the meeting calls as the meeting would: with the meeting's business key and
   * the variables its call activity passes in ({@code name, value, ...}).
   */
  public static ProcessInstance startCalled(
      String processKey, String businessKey, Object... variables) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    return runtimeService().startProcessInstanceByKey(processKey, businessKey, values);
  }

  /** The timer of the activity in the process instance (null when there is none). */
  public static Job timer(ProcessInstance pi, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .timers()
        .singleResult();
  }

  /** Moves the engine's clock on by whole days. */
  public static void moveClock(int days) {
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(days * 86_400L)));
  }

  /** Executes the timers of the process instance that are due now, as the job executor would. */
  public static void runDueTimers(ProcessInstance pi) {
    for (int round = 0; round < 10; round++) {
      List<Job> due =
          managementService()
              .createJobQuery()
              .processInstanceId(pi.getId())
              .timers()
              .executable()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> execute(j));
    }
  }

  // --- Spring tests ----------------------------------------------------------------------------

  /**
   * For a process unit test ({@code @RegisterExtension final ProcessTestKit kit =
   * ProcessTestKit.forUnitTests(extension);}): before each test BpmnAwareTests work on the engine
   * of the coverage extension; after it, the clock and BpmnAwareTests are put back.
   */
  public static ProcessTestKit forUnitTests(ProcessEngineCoverageExtension coverage) {
    ProcessTestKit kit = new ProcessTestKit();
    kit.unit = coverage;
    return kit;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (unit != null) {
      engine = unit.getProcessEngine();
      AbstractAssertions.init(engine);
    } else if (engine == null) {
      engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
    if (unit != null) {
      AbstractAssertions.reset();
    }
  }

  /** The kit with {@link #runDueJobs()} looking again up to {@code rounds} times. */
  public ProcessTestKit withRounds(int rounds) {
    this.rounds = rounds;
    return this;
  }

  public ProcessEngine engine() {
    return engine;
  }

  // --- the clock -----------------------------------------------------------------------------

  /** Sets the engine's (and so the domain's) clock, e.g. {@code 2027-01-04T10:00:00+01:00}. */
  public static void clock(String time) {
    clock(OffsetDateTime.parse(time));
  }

  public static void clock(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  // --- jobs ----------------------------------------------------------------------------------

  /** Runs every job that is due now, as the job executor would, until none is left. */
  public void runDueJobs() {
    runDueJobs(null, rounds);
  }

  /** Runs the due jobs of one process instance until none is left. */
  public void runDueJobs(String processInstanceId) {
    runDueJobs(processInstanceId, rounds);
  }

  /**
   * Runs the due jobs of every process instance until none is left; not the engine's own (such as
   * the history cleanup).
   */
  public void runDueInstanceJobs() {
    runDueJobs(ANY_INSTANCE, rounds);
  }

  private static final String ANY_INSTANCE = "";

  private void runDueJobs(String processInstanceId, int rounds) {
    for (int round = 0; round < rounds; round++) {
      List<Job> due = quietly(() -> dueJobs(processInstanceId));
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  private List<Job> dueJobs(String processInstanceId) {
    List<Job> executable = new java.util.ArrayList<>();
    if (processInstanceId != null && !processInstanceId.equals(ANY_INSTANCE)) {
      for (String instance : instanceTree(processInstanceId)) {
        executable.addAll(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list());
      }
    } else {
      executable.addAll(engine.getManagementService().createJobQuery().executable().list());
    }
    return executable.stream()
        .filter(j -> j.getDuedate() == null || !j.getDuedate().after(ClockUtil.getCurrentTime()))
        .filter(j -> processInstanceId == null || j.getProcessInstanceId() != null)
        .toList();
  }

  /** Moves the clock to {@code time} and runs what is then due. */
  public void at(String time) {
    clock(time);
    runDueJobs();
  }

  public void at(OffsetDateTime time) {
    clock(time);
    runDueJobs();
  }

  /**
   * Moves the clock to a minute past the earliest timer that is not yet due and runs what is due
   * then. False when no timer is waiting.
   */
  public boolean advanceToNextTimer() {
    Date next =
        quietly(
            () ->
                engine.getManagementService().createJobQuery().timers().list().stream()
                    .map(Job::getDuedate)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null));
    if (next == null) {
      return false;
    }
    if (next.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(new Date(next.getTime() + 60_000));
    }
    runDueJobs();
    return true;
  }

  // --- probe processes -----------------------------------------------------------------------

  /** Whether a process with the key is deployed. */
  public boolean deployed(String processKey) {
    return engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .count()
        > 0;
  }

  /** Deploys the model as process {@code processKey} unless that process is deployed already. */
  public void deployOnce(String processKey, BpmnModelInstance model) {
    if (!deployed(processKey)) {
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(processKey + ".bpmn", model)
          .deploy();
    }
  }

  /** Starts the process and returns the id of its one open task. */
  public String startWithTask(String processKey) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(processKey).getId();
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .singleResult()
        .getId();
  }

  // --- look-ups ------------------------------------------------------------------------------

  public boolean ended(String processInstanceId) {
    return quietly(
        () ->
            engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .count()
                == 0);
  }

  public long incidents() {
    return quietly(() -> engine.getRuntimeService().createIncidentQuery().count());
  }

  /** The id of the one open task with the key in the process instance (asserted to be there). */
  public String task(String processInstanceId, String key) {
    Task task = quietly(() -> taskQuery(processInstanceId, key).singleResult());
    assertThat(task).as(key).isNotNull();
    return task.getId();
  }

  /** The open tasks with the key, in every process instance. */
  public List<Task> tasks(String key) {
    return quietly(() -> engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list());
  }

  /** The open tasks with the key in one process instance. */
  public List<Task> tasks(String processInstanceId, String key) {
    return quietly(() -> taskQuery(processInstanceId, key).list());
  }

  /**
   * The tasks with the key in the process instance or in a process it called (the meeting's triage,
   * agenda preparation and follow-up are processes of their own).
   */
  private TaskQuery taskQuery(String processInstanceId, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceIdIn(instanceTree(processInstanceId).toArray(String[]::new))
        .taskDefinitionKey(key);
  }

  /** The running process instance and the instances it called, and they called, and so on. */
  public List<String> instanceTree(String processInstanceId) {
    return instanceTree(engine, processInstanceId);
  }

  public static List<String> instanceTree(ProcessEngine engine, String processInstanceId) {
    return tree(
        processInstanceId,
        id ->
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(id)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .toList());
  }

  /** The process instance and every instance it called, running or ended (from history). */
  public List<String> historicTree(String processInstanceId) {
    return historicTree(engine, processInstanceId);
  }

  public static List<String> historicTree(ProcessEngine engine, String processInstanceId) {
    return tree(
        processInstanceId,
        id ->
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .superProcessInstanceId(id)
                .list()
                .stream()
                .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId)
                .toList());
  }

  /** The instance and, breadth first, the instances each one called ({@code called}). */
  private static List<String> tree(
      String processInstanceId, java.util.function.Function<String, List<String>> called) {
    List<String> tree = new java.util.ArrayList<>(List.of(processInstanceId));
    for (int i = 0; i < tree.size(); i++) {
      tree.addAll(called.apply(tree.get(i)));
    }
    return tree;
  }

  /** The process instance at the top of a call (the meeting's, for a step the meeting called). */
  public String rootOf(String processInstanceId) {
    return quietly(
        () ->
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getRootProcessInstanceId());
  }

  /** How many activity instances of the process instance (not of those it called) history holds. */
  public long historicActivities(String processInstanceId) {
    return quietly(
        () ->
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .count());
  }

  /** The one open task with the key (asserted to be the only one). */
  public Task single(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  /**
   * A variable's (last written) value from history: also of an instance that ended; the instance's
   * own first, else one of the instances it called.
   */
  public Object variable(String processInstanceId, String name) {
    return quietly(
        () -> {
          for (String instance : historicTree(processInstanceId)) {
            var found =
                engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(instance)
                    .variableName(name)
                    .list();
            if (!found.isEmpty()) {
              return found.get(0).getValue();
            }
          }
          return null;
        });
  }

  /** Runs a look-up inside {@code quiet}. */
  public <T> T quietly(Supplier<T> lookUp) {
    try (AutoCloseable closing = quiet.get()) {
      return lookUp.get();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
