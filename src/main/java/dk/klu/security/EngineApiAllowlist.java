package dk.klu.security;

import dk.klu.security.EngineOperations.Operation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What each committee role may do with the engine's REST API: exactly the operations Tasklist,
 * Cockpit and the application's own pages need, everything else is refused (default deny).
 * Administrators ({@code camunda-admin}) are not limited here.
 *
 * <p>No role may send variables other than through a form: the only operations with variables
 * allowed to people are the task completion and process start that {@code FormSubmissionGuard}
 * checks against the Camunda Form. No role may change a task's assignee, a process instance, a job
 * or a stored filter; the secretariat's few needs beyond its own tasks are {@code /api} operations
 * (reassigning a chair's task, resending a message), audited and with Danish messages.
 *
 * <p>The published matrix (README, <i>Security</i>) is proven by {@code EngineApiMatrixTest}, which
 * walks every operation of Camunda's OpenAPI document for every role.
 */
public final class EngineApiAllowlist {

  /** Tasklist as a person uses it: the task list, the forms, claiming, starting with a form. */
  static final List<String> TASKLIST =
      List.of(
          "GET /engine",
          "GET /version",
          // what the caller may do (the webapps hide what a person cannot use)
          "GET /authorization/check",
          // the task list, a task and its form
          "GET /task",
          "POST /task",
          "GET /task/count",
          "POST /task/count",
          "GET /task/{id}",
          "GET /task/{id}/form",
          "GET /task/{id}/deployed-form",
          "GET /task/{id}/form-variables",
          "GET /task/{id}/identity-links",
          "GET /task/{id}/comment",
          "POST /task/{id}/comment/create",
          "POST /task/{id}/claim",
          "POST /task/{id}/unclaim",
          // completing a task: only the form's variables (FormSubmissionGuard)
          "POST /task/{id}/submit-form",
          "POST /task/{id}/complete",
          // the stored filters (created by the application) and their tasks
          "GET /filter",
          "OPTIONS /filter",
          "GET /filter/count",
          "GET /filter/{id}",
          "GET /filter/{id}/list",
          "POST /filter/{id}/list",
          "GET /filter/{id}/count",
          "POST /filter/{id}/count",
          // the processes a person may start (the engine's grants decide which) and their forms
          "GET /process-definition",
          "GET /process-definition/count",
          "GET /process-definition/{id}",
          "GET /process-definition/{id}/xml",
          "GET /process-definition/{id}/startForm",
          "GET /process-definition/{id}/deployed-start-form",
          "GET /process-definition/{id}/form-variables",
          "POST /process-definition/{id}/submit-form",
          "POST /process-definition/{id}/start",
          "GET /process-definition/key/{key}",
          "GET /process-definition/key/{key}/xml",
          "GET /process-definition/key/{key}/startForm",
          "GET /process-definition/key/{key}/deployed-start-form",
          "GET /process-definition/key/{key}/form-variables",
          "POST /process-definition/key/{key}/submit-form",
          "POST /process-definition/key/{key}/start",
          // names of people and groups shown beside tasks
          "GET /user",
          "GET /user/count",
          "GET /user/{id}/profile",
          "GET /group",
          "GET /group/count",
          "GET /identity/groups",
          "GET /identity/password-policy",
          // a task's history in Tasklist
          "GET /history/user-operation",
          "GET /history/user-operation/count");

  /** The resources Cockpit reads; the process owner may read them and change nothing. */
  static final List<String> COCKPIT_RESOURCES =
      List.of(
          "/engine",
          "/version",
          "/process-definition",
          "/process-instance",
          "/execution",
          "/incident",
          "/job",
          "/job-definition",
          "/variable-instance",
          "/history",
          "/decision-definition",
          "/case-definition",
          "/decision-requirements-definition",
          "/deployment",
          "/task",
          "/user",
          "/group",
          "/identity/groups",
          "/authorization/check",
          "/batch",
          "/external-task");

  /** Operations that read although they are POSTs: queries with a body. */
  static boolean isQuery(Operation operation) {
    String id = operation.operationId() == null ? "" : operation.operationId();
    return "GET".equals(operation.method())
        || ("POST".equals(operation.method())
            && (id.startsWith("query") || id.equals("postQueryGroups"))
            && !id.endsWith("QueryBased"));
  }

  private final Map<String, Set<String>> allowedByGroup;

  EngineApiAllowlist(EngineOperations operations) {
    Map<String, Set<String>> byGroup = new LinkedHashMap<>();
    Set<String> tasklist = checked(operations, TASKLIST);
    byGroup.put(KluGroups.SECRETARIAT, tasklist);
    byGroup.put(KluGroups.CHAIR, tasklist);
    byGroup.put(KluGroups.MEMBER, tasklist);
    byGroup.put(KluGroups.PRACTICE_CONSULTANT, tasklist);
    byGroup.put(
        KluGroups.PROCESS_OWNER,
        operations.all().stream()
            .filter(EngineApiAllowlist::isQuery)
            .filter(o -> underCockpitResource(o.template()))
            .filter(
                o ->
                    !o.template().startsWith("/identity/")
                        || o.template().equals("/identity/groups"))
            .map(Operation::key)
            .collect(Collectors.toCollection(TreeSet::new)));
    this.allowedByGroup = Map.copyOf(byGroup);
  }

  private static boolean underCockpitResource(String template) {
    return COCKPIT_RESOURCES.stream()
        .anyMatch(r -> template.equals(r) || template.startsWith(r + "/"));
  }

  /** The keys, each checked against the API: a typo fails at start, not silently at run time. */
  private static Set<String> checked(EngineOperations operations, Collection<String> keys) {
    Set<String> set = new LinkedHashSet<>();
    for (String key : keys) {
      if (operations.byKey(key).isEmpty()) {
        throw new IllegalStateException("The engine REST API has no operation " + key);
      }
      set.add(key);
    }
    return Set.copyOf(set);
  }

  /** Whether a person in these groups may call the operation. */
  public boolean allows(Collection<String> groups, Operation operation) {
    if (groups == null) {
      return false;
    }
    return groups.stream()
        .map(allowedByGroup::get)
        .anyMatch(allowed -> allowed != null && allowed.contains(operation.key()));
  }

  /** The operations a group may call, sorted (for the README and the tests). */
  public Set<String> allowed(String group) {
    return new TreeSet<>(allowedByGroup.getOrDefault(group, Set.of()));
  }
}
