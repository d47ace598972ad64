package dk.klu.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles as the engine sees them: the committee's groups and what each may do.
 *
 * <p>Runs in every profile, not only with demo data, because the roles are the application's public
 * contract; an operator only adds people to the groups. Idempotent: an existing grant is extended,
 * never duplicated. Tasks reach chairs, members and practice consultants through the engine's own
 * task permissions for candidate groups and assignees, so those groups need no blanket task rights.
 */
@Component
@Order(0)
public class RoleAuthorizations implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(RoleAuthorizations.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public RoleAuthorizations(
      IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /**
   * While the start-up pass runs: the KLU groups' grants as they were when it began, read in one
   * query (by group, resource type and resource id), so the pass asks the database once instead of
   * once per grant. Null outside the pass: a later {@link #grant} reads the database.
   */
  private Map<String, Authorization> startupGrants;

  @Override
  public void afterSingletonsInstantiated() {
    createGroups();
    startupGrants = new HashMap<>();
    authorizationService
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(KluGroups.ALL.stream().map(KluGroups.GroupDefinition::id).toArray(String[]::new))
        .list()
        .forEach(
            a ->
                startupGrants.putIfAbsent(
                    key(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
    try {
      grantAll();
    } finally {
      startupGrants = null;
    }
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "\n" + resourceType + "\n" + resourceId;
  }

  private void createGroups() {
    if (identityService.isReadOnly()) {
      LOG.info("Read-only identity provider: the groups {} must exist there", KluGroups.ALL);
      return;
    }
    Set<String> existing =
        identityService
            .createGroupQuery()
            .groupIdIn(
                KluGroups.ALL.stream().map(KluGroups.GroupDefinition::id).toArray(String[]::new))
            .list()
            .stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    for (KluGroups.GroupDefinition definition : KluGroups.ALL) {
      if (!existing.contains(definition.id())) {
        Group group = identityService.newGroup(definition.id());
        group.setName(definition.name());
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    }
  }

  private void grantAll() {
    // Secretariat: starts and follows every KLU process; works on the tasks of its candidate
    // group (the engine grants those per task). No definition-wide task or instance rights: the
    // chairs' approvals belong to the chairs, and reassigning a task when a chair is away is the
    // audited /api operation (dk.klu.tasklist.TaskReassignment). grantExactly also takes back
    // what earlier versions granted.
    application(KluGroups.SECRETARIAT, "tasklist");
    for (String key : KluProcesses.STARTED) {
      grantExactly(
          KluGroups.SECRETARIAT,
          Resources.PROCESS_DEFINITION,
          key,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    // The meeting's called steps: followed and worked on, never started by a person.
    for (String key : KluProcesses.CALLED) {
      grantExactly(
          KluGroups.SECRETARIAT,
          Resources.PROCESS_DEFINITION,
          key,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    grant(KluGroups.SECRETARIAT, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

    // Chairs and practice consultants: see the processes they take part in; their tasks come
    // to them as candidate groups.
    for (String group : List.of(KluGroups.CHAIR, KluGroups.PRACTICE_CONSULTANT)) {
      application(group, "tasklist");
      for (String key : KluProcesses.ALL) {
        grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
      }
    }

    // Members: may start an agenda item; they see their own items through the per-instance
    // grant the item process gives its submitter.
    application(KluGroups.MEMBER, "tasklist");
    grant(
        KluGroups.MEMBER,
        Resources.PROCESS_DEFINITION,
        KluProcesses.AGENDA_ITEM,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(KluGroups.MEMBER, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

    // Process owners: read everything in Cockpit, change nothing, complete no task.
    application(KluGroups.PROCESS_OWNER, "cockpit");
    grant(
        KluGroups.PROCESS_OWNER,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(KluGroups.PROCESS_OWNER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(KluGroups.PROCESS_OWNER, Resources.TASK, ANY, TaskPermissions.READ);
    grant(KluGroups.PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(
        KluGroups.PROCESS_OWNER,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_HISTORY);
    grant(
        KluGroups.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

    // Everyone in a KLU group may read the KLU groups' names: Tasklist shows them beside a task
    // ("Sekretariatet"), and without the grant it showed the practice consultant the id
    // "secretariat".
    for (KluGroups.GroupDefinition reader : KluGroups.ALL) {
      for (KluGroups.GroupDefinition group : KluGroups.ALL) {
        grant(reader.id(), Resources.GROUP, group.id(), Permissions.READ);
      }
    }
  }

  private void application(String groupId, String application) {
    grant(groupId, Resources.APPLICATION, application, Permissions.ACCESS);
  }

  /** Grants exactly these permissions to the group on the resource, taking back any others. */
  void grantExactly(String groupId, Resource resource, String resourceId, Permission... perms) {
    Authorization authorization = existingOrNew(groupId, resource, resourceId);
    java.util.Set<String> wanted =
        java.util.Arrays.stream(perms)
            .map(Permission::getName)
            .collect(java.util.stream.Collectors.toSet());
    java.util.Set<String> granted =
        java.util.Arrays.stream(
                authorization.getPermissions(perms[0].getClass().getEnumConstants()))
            .map(Permission::getName)
            .filter(name -> !"ALL".equals(name) && !"NONE".equals(name))
            .collect(java.util.stream.Collectors.toSet());
    if (authorization.getId() == null || !wanted.equals(granted)) {
      authorization.setPermissions(perms);
      authorizationService.saveAuthorization(authorization);
    }
  }

  private Authorization existingOrNew(String groupId, Resource resource, String resourceId) {
    if (startupGrants != null) {
      return startupGrants.computeIfAbsent(
          key(groupId, resource.resourceType(), resourceId),
          k -> created(groupId, resource, resourceId));
    }
    return authorizationService
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list()
        .stream()
        .findFirst()
        .orElseGet(() -> created(groupId, resource, resourceId));
  }

  private Authorization created(String groupId, Resource resource, String resourceId) {
    Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    created.setGroupId(groupId);
    created.setResource(resource);
    created.setResourceId(resourceId);
    return created;
  }

  /** Grants the permissions to the group, adding to an existing grant on the same resource. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... perms) {
    Authorization authorization = existingOrNew(groupId, resource, resourceId);
    boolean changed = authorization.getId() == null;
    for (Permission permission : perms) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
