package dk.klu.forms;

import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/variable-labels}: the process variables in Danish, by name, for Cockpit's
 * variables table (cockpit/scripts/klu-cockpit.js); for the people who read Cockpit.
 */
@RestController
public class VariableLabelsController {

  private static final Set<String> READERS =
      Set.of(KluGroups.PROCESS_OWNER, KluGroups.SECRETARIAT, KluGroups.ADMIN);

  private final VariableLabels labels;
  private final IdentityService identityService;

  public VariableLabelsController(VariableLabels labels, IdentityService identityService) {
    this.labels = labels;
    this.identityService = identityService;
  }

  @GetMapping("/api/variable-labels")
  public Map<String, String> labels() {
    GroupAccess.require(identityService, READERS, "variablernes danske navne");
    return labels.all();
  }
}
