package dk.klu.tasklist;

import dk.klu.http.InvalidInput;
import dk.klu.process.EngineAccess;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * When a chair is away, the secretariat gives the chair's approval to the person standing in:
 * {@code POST /api/tasks/{taskId}/assignee} with {@code {"userId": ..., "reason": ...}}.
 *
 * <p>The secretariat has no right to change tasks in the engine (an approval belongs to its chair);
 * this is the one audited way: only a chair's approval, only to a member of {@code chair}, with a
 * reason. The engine's user operation log records the secretary as the one who reassigned, and the
 * task carries a comment saying who, from whom, to whom and why.
 */
@RestController
public class TaskReassignment {

  static final String WHAT = "at give en formands opgave til en stedfortræder";
  static final String NOT_FOUND = "Opgaven findes ikke (den kan være afsluttet).";
  static final String NOT_CHAIR_TASK =
      "Kun formandens og PLO-formandens godkendelser kan gives til en stedfortræder.";
  static final String NO_USER = "Angiv hvem der skal have opgaven (\"userId\").";
  static final String NOT_A_CHAIR =
      "\"%s\" er ikke med i gruppen Formandskabet (chair); en administrator skal først tilføje"
          + " stedfortræderen dér.";
  static final String SAME = "\"%s\" har allerede opgaven.";
  static final String NO_REASON = "Skriv kort, hvorfor opgaven gives videre (\"reason\").";
  static final String REASON_TOO_LONG = "Begrundelsen må højst være 500 tegn.";

  private static final Logger LOG = LoggerFactory.getLogger(TaskReassignment.class);

  private final EngineAccess access;
  private final IdentityService identityService;

  public TaskReassignment(EngineAccess access) {
    this.access = access;
    this.identityService = access.engine().getIdentityService();
  }

  /** What the secretariat sends. */
  public record Reassignment(String userId, String reason) {}

  /** The task after the change. */
  public record Assigned(String taskId, String name, String previousAssignee, String assignee) {}

  @PostMapping("/api/tasks/{taskId}/assignee")
  public Assigned reassign(@PathVariable String taskId, @RequestBody Reassignment request) {
    Authentication secretary =
        GroupAccess.require(identityService, Set.of(KluGroups.SECRETARIAT), WHAT);
    TaskService tasks = access.engine().getTaskService();
    Task task = access.asApplication(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND);
    }
    if (!TaskFilters.CHAIR_TASKS.contains(task.getTaskDefinitionKey())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_CHAIR_TASK);
    }
    String userId = request == null || request.userId() == null ? "" : request.userId().strip();
    String reason = request == null || request.reason() == null ? "" : request.reason().strip();
    List<String> problems = new ArrayList<>();
    if (userId.isEmpty()) {
      problems.add(NO_USER);
    } else if (access.asApplication(
            () ->
                identityService
                    .createUserQuery()
                    .userId(userId)
                    .memberOfGroup(KluGroups.CHAIR)
                    .count())
        == 0) {
      problems.add(NOT_A_CHAIR.formatted(shown(userId)));
    } else if (userId.equals(task.getAssignee())) {
      problems.add(SAME.formatted(shown(userId)));
    }
    if (reason.isEmpty()) {
      problems.add(NO_REASON);
    } else if (reason.length() > 500) {
      problems.add(REASON_TOO_LONG);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    String previous = task.getAssignee();
    // As the secretary (so the engine's operation log names her), past the task's own grants.
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) access.engine().getProcessEngineConfiguration();
    access.as(
        secretary,
        () ->
            configuration
                .getCommandExecutorTxRequired()
                .execute(
                    context ->
                        context.runWithoutAuthorization(
                            () -> {
                              tasks.setAssignee(taskId, userId);
                              tasks.createComment(
                                  taskId,
                                  task.getProcessInstanceId(),
                                  "Givet videre af %s fra %s til %s: %s"
                                      .formatted(
                                          secretary.getUserId(),
                                          previous == null ? "ingen" : previous,
                                          userId,
                                          reason));
                              return null;
                            })));
    LOG.info(
        "Task {} ({}) reassigned from {} to {} by {}",
        taskId,
        task.getTaskDefinitionKey(),
        previous,
        userId,
        secretary.getUserId());
    return new Assigned(taskId, task.getName(), previous, userId);
  }

  private static String shown(String text) {
    String clean = text.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }
}
