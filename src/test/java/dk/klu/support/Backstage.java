package dk.klu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What a test harness does behind the users' backs: look at the open tasks, move the clock, run the
 * jobs that are due (as the job executor would). {@link InProcess} works on an engine in the same
 * JVM; the benchmark has a remote one for an application started as its own process.
 */
public interface Backstage {

  /** An open task: id, definition key and process instance. */
  record OpenTask(String id, String key, String processInstanceId) {}

  List<OpenTask> openTasks();

  /** The rows of a list variable of a task (the forms' row slots), in order. */
  List<Map<String, Object>> rows(String taskId, String variable);

  /** Runs every job that is due now until none is left. */
  void runDueJobs();

  /**
   * Moves the clock to a minute past the earliest timer that is not yet due and runs what is due
   * then. False when no timer is waiting.
   */
  boolean advanceToNextTimer();

  boolean ended(String processInstanceId);

  long incidents();

  /** The engine in this JVM, through the {@link ProcessTestKit}. */
  final class InProcess implements Backstage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessTestKit kit;

    public InProcess(ProcessEngine engine) {
      this(new ProcessTestKit(engine));
    }

    /**
     * The kit's harness is opened around the look-ups (which task is open, which job is due), not
     * around the jobs' execution: a benchmark counts what the jobs do and leaves the look-ups out.
     */
    public InProcess(ProcessTestKit kit) {
      this.kit = kit;
    }

    @Override
    public List<OpenTask> openTasks() {
      return kit.quietly(
          () ->
              kit.engine().getTaskService().createTaskQuery().list().stream()
                  .map(
                      t ->
                          new OpenTask(
                              t.getId(), t.getTaskDefinitionKey(), t.getProcessInstanceId()))
                  .toList());
    }

    @Override
    public List<Map<String, Object>> rows(String taskId, String variable) {
      Object value = kit.quietly(() -> kit.engine().getTaskService().getVariable(taskId, variable));
      List<Map<String, Object>> rows = new ArrayList<>();
      if (value == null) {
        return rows;
      }
      try {
        JsonNode node = JSON.readTree(value.toString());
        if (node.isArray()) {
          node.forEach(r -> rows.add(asMap(r)));
        } else {
          for (int i = 1; node.has("r" + i); i++) {
            rows.add(asMap(node.get("r" + i)));
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException("Not a list of rows: " + variable, e);
      }
      return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode node) {
      return JSON.convertValue(node, Map.class);
    }

    @Override
    public void runDueJobs() {
      kit.runDueJobs();
    }

    @Override
    public boolean advanceToNextTimer() {
      return kit.advanceToNextTimer();
    }

    @Override
    public boolean ended(String processInstanceId) {
      return kit.ended(processInstanceId);
    }

    @Override
    public long incidents() {
      return kit.incidents();
    }
  }
}
