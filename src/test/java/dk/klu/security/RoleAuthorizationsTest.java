package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roles' grants at a start on a database that has them (every start but the first): nothing is
 * added twice, a permission an earlier version granted is taken back, and a missing grant is
 * restored. The start-up pass reads the grants once (issue 16); this shows it still compares each.
 */
class RoleAuthorizationsTest extends ApplicationTest {

  @Autowired RoleAuthorizations roles;
  @Autowired AuthorizationService authorizations;

  @Test
  void aRestartKeepsTheGrantsTakesBackExtrasAndRestoresWhatIsMissing() {
    List<Authorization> before = grants();
    String called = KluProcesses.CALLED.iterator().next();
    Authorization secretariatOnCalled = grant(KluGroups.SECRETARIAT, called);
    secretariatOnCalled.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(secretariatOnCalled);
    authorizations.deleteAuthorization(grant(KluGroups.MEMBER, KluProcesses.AGENDA_ITEM).getId());

    roles.afterSingletonsInstantiated();
    roles.afterSingletonsInstantiated();

    assertThat(grants()).as("as many grants as before, none twice").hasSameSizeAs(before);
    assertThat(
            grant(KluGroups.SECRETARIAT, called)
                .isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE))
        .as("the secretariat may not start a called step")
        .isFalse();
    assertThat(
            grant(KluGroups.MEMBER, KluProcesses.AGENDA_ITEM)
                .isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE))
        .as("a member may send in an item again")
        .isTrue();
  }

  List<Authorization> grants() {
    return authorizations
        .createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(KluGroups.ALL.stream().map(KluGroups.GroupDefinition::id).toArray(String[]::new))
        .list();
  }

  Authorization grant(String group, String processKey) {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(processKey)
        .singleResult();
  }
}
