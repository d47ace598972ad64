package dk.klu.demo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;

import dk.klu.security.KluGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo administrator ({@code demo}/{@code demo} from {@code application-demo.yaml}). Its
 * password is below the engine's password policy, which the starter's own administrator creation
 * enforces, so it is created here first, skipping the policy as Camunda's own demo data does
 * (invoice example, {@code DemoDataGenerator}); the starter then finds the user and creates no
 * other. Runs while the engine is built, before the starter ({@link Ordering#DEFAULT_ORDER}).
 */
@Component
@Profile("demo")
@Order(Ordering.DEFAULT_ORDER - 1)
public class DemoAdministrator extends AbstractProcessEnginePlugin {

  private final CamundaBpmProperties properties;

  public DemoAdministrator(CamundaBpmProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityServiceImpl identityService = (IdentityServiceImpl) engine.getIdentityService();
    User admin = properties.getAdminUser();
    if (identityService.isReadOnly()
        || admin == null
        || admin.getId() == null
        || identityService.createUserQuery().userId(admin.getId()).count() > 0) {
      return;
    }
    User user = identityService.newUser(admin.getId());
    user.setFirstName(admin.getFirstName());
    user.setLastName(admin.getLastName());
    user.setEmail(admin.getId() + "@klu.example");
    user.setPassword(admin.getPassword());
    identityService.saveUser(user, true);

    if (identityService.createGroupQuery().groupId(KluGroups.ADMIN).count() == 0) {
      Group group = identityService.newGroup(KluGroups.ADMIN);
      group.setName("camunda BPM Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Resource resource : Resources.values()) {
      if (authorizations
              .createAuthorizationQuery()
              .groupIdIn(KluGroups.ADMIN)
              .resourceType(resource)
              .resourceId(ANY)
              .count()
          == 0) {
        AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
        grant.setGroupId(KluGroups.ADMIN);
        grant.setResource(resource);
        grant.setResourceId(ANY);
        grant.addPermission(ALL);
        authorizations.saveAuthorization(grant);
      }
    }
    identityService.createMembership(admin.getId(), KluGroups.ADMIN);
  }
}
