package dk.klu.tasklist;

import dk.klu.security.KluGroups;
import dk.klu.security.RoleAuthorizations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters in Danish, so that each role sees its own work when it logs in.
 *
 * <p>Created in every profile (they belong to the roles, not to the demo people) and kept up to
 * date by name on every start.
 */
@Component
@Order(10)
public record TaskFilters(
    FilterService filterService, TaskService taskService, RoleAuthorizations roles)
    implements ApplicationRunner {

  /** The chairs' approvals (klu-meeting, klu-evaluation), each assigned to its chair. */
  public static final List<String> CHAIR_TASKS =
      List.of(
          "UserTask_ReviewAgendaChair",
          "UserTask_ReviewAgendaGpChair",
          "UserTask_ApproveMinutesChair",
          "UserTask_ApproveMinutesGpChair",
          "UserTask_ApproveChair",
          "UserTask_ApproveGpChair");

  /**
   * The variables Tasklist shows on each task in the list, with Danish labels: the meeting and the
   * item it concerns (Tasklist reads them from the task, its execution and its process instance).
   */
  public static final List<Map<String, String>> LIST_VARIABLES =
      List.of(
          Map.of("name", "meeting", "label", "Møde"),
          Map.of("name", "itemTitle", "label", "Punkt"),
          Map.of("name", "actionItemTitle", "label", "Punkt"));

  /** One filter: name, description, order in Tasklist, query and the groups that see it. */
  record Definition(
      String name, String description, int priority, TaskQuery query, List<String> groups) {}

  List<Definition> definitions() {
    List<String> everyone =
        List.of(
            KluGroups.SECRETARIAT,
            KluGroups.CHAIR,
            KluGroups.MEMBER,
            KluGroups.PRACTICE_CONSULTANT);
    return List.of(
        new Definition(
            "Mine opgaver",
            "Opgaver, du selv har taget eller er blevet tildelt",
            -20,
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
            everyone),
        new Definition(
            "Sekretariatet",
            "Opgaver for KLU-sekretariatet",
            -10,
            taskService
                .createTaskQuery()
                .taskCandidateGroup(KluGroups.SECRETARIAT)
                .includeAssignedTasks(),
            List.of(KluGroups.SECRETARIAT)),
        new Definition(
            "Formandskabet",
            "Godkendelser for KLU's formand og PLO-formanden",
            -10,
            // assigned to one chair each, never to the group: an approval belongs to its chair
            taskService.createTaskQuery().taskDefinitionKeyIn(CHAIR_TASKS.toArray(String[]::new)),
            List.of(KluGroups.CHAIR, KluGroups.SECRETARIAT)),
        new Definition(
            "Praksiskonsulent",
            "Opgaver for kommunens praksiskonsulenter",
            -5,
            taskService
                .createTaskQuery()
                .taskCandidateGroup(KluGroups.PRACTICE_CONSULTANT)
                .includeAssignedTasks(),
            List.of(KluGroups.PRACTICE_CONSULTANT, KluGroups.SECRETARIAT)));
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Definition definition : definitions()) {
      Filter filter =
          filterService.createFilterQuery().filterName(definition.name()).list().stream()
              .findFirst()
              .orElseGet(filterService::newTaskFilter);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", definition.description());
      properties.put("priority", definition.priority());
      properties.put("refresh", true);
      properties.put("variables", LIST_VARIABLES);
      properties.put("showUndefinedVariable", false);
      filter.setName(definition.name());
      filter.setProperties(properties);
      filter.setQuery(definition.query());
      filterService.saveFilter(filter);
      for (String group : definition.groups()) {
        roles.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }
}
