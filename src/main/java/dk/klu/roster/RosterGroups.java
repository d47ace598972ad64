package dk.klu.roster;

import dk.klu.process.EngineAccess;
import dk.klu.rules.KluClock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups in step with the roster, so nobody enters a person twice: a person whose
 * term runs today is in their role's group (chair, member, practice-consultant, secretariat); a
 * person whose every term has ended is in none of them. Only people with a user id in the roster
 * are touched; anyone else (administrators, process owners) keeps the groups Admin gave them. A
 * person with a user id nobody has yet gets a Camunda user without a password: they log in once an
 * administrator has set one (or through the municipality's single sign-on).
 *
 * <p>Runs when the roster changes, when the application starts and every night, since a term begins
 * and ends on a date, not when it is entered.
 */
@Component
public record RosterGroups(
    RosterService roster,
    IdentityService identityService,
    EngineAccess engineAccess,
    KluClock clock) {

  private static final Logger LOG = LoggerFactory.getLogger(RosterGroups.class);

  /** The groups the roster governs. */
  static final Set<String> GOVERNED =
      Arrays.stream(CommitteeRole.values())
          .map(CommitteeRole::group)
          .collect(Collectors.toCollection(TreeSet::new));

  @EventListener({ApplicationReadyEvent.class, RosterService.RosterChanged.class})
  @Order(20)
  void onStartOrChange() {
    sync(clock.today());
  }

  @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Copenhagen")
  void nightly() {
    sync(clock.today());
  }

  /** Brings every rostered person's group memberships in line with the roster on the day. */
  public void sync(LocalDate day) {
    engineAccess.asApplication(
        () -> {
          Set<String> users =
              roster.all().stream()
                  .map(RosterEntry::userId)
                  .filter(id -> id != null)
                  .collect(Collectors.toCollection(TreeSet::new));
          for (String userId : users) {
            Set<String> wanted =
                roster.all().stream()
                    .filter(e -> userId.equals(e.userId()) && e.servesOn(day))
                    .map(e -> e.role().group())
                    .collect(Collectors.toSet());
            if (!wanted.isEmpty()) {
              ensureUser(userId);
            }
            for (String group : GOVERNED) {
              boolean member =
                  identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
              if (wanted.contains(group) && !member) {
                identityService.createMembership(userId, group);
                LOG.info("Roster: {} added to group {}", userId, group);
              } else if (!wanted.contains(group) && member) {
                identityService.deleteMembership(userId, group);
                LOG.info("Roster: {} removed from group {} (no term on {})", userId, group, day);
              }
            }
          }
          return null;
        });
  }

  private void ensureUser(String userId) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    RosterEntry entry =
        roster.all().stream().filter(e -> userId.equals(e.userId())).reduce((a, b) -> b).get();
    User user = identityService.newUser(userId);
    String name = entry.name().strip();
    int space = name.lastIndexOf(' ');
    user.setFirstName(space > 0 ? name.substring(0, space) : name);
    user.setLastName(space > 0 ? name.substring(space + 1) : "");
    user.setEmail(entry.email());
    ((IdentityServiceImpl) identityService).saveUser(user, true);
    LOG.info("Roster: user {} created without a password; an administrator sets one", userId);
  }
}
