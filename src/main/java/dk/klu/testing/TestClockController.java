package dk.klu.testing;

import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For tests that run the packaged application as a process (crash and restart): moves the engine's
 * clock, which the domain's clock follows ({@code dk.klu.process.EngineClock}), so timers fall due
 * without waiting weeks. {@code PUT /api/testing/clock {"now": "2027-02-11T09:30:00+01:00"}},
 * {@code GET /api/testing/clock}; administrators only.
 *
 * <p>Exists only with {@code klu.testing.clock-control=true} and never under the {@code prod}
 * profile ({@code ProductionSafetyCheck} also refuses to start {@code prod} with the setting on).
 */
@RestController
@Profile("!prod")
@ConditionalOnProperty(name = TestClockController.PROPERTY, havingValue = "true")
public record TestClockController(IdentityService identityService) {

  public static final String PROPERTY = "klu.testing.clock-control";
  private static final String WHAT = "testurets indstilling";

  @GetMapping("/api/testing/clock")
  public Map<String, String> now() {
    GroupAccess.require(identityService, Set.of(KluGroups.ADMIN), WHAT);
    return Map.of("now", ClockUtil.getCurrentTime().toInstant().toString());
  }

  @PutMapping("/api/testing/clock")
  public Map<String, String> set(@RequestBody Map<String, String> body) {
    GroupAccess.require(identityService, Set.of(KluGroups.ADMIN), WHAT);
    try {
      OffsetDateTime now = OffsetDateTime.parse(String.valueOf(body.get("now")));
      ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "\"now\" skal være et tidspunkt med tidszone (ISO 8601).");
    }
    return now();
  }
}
