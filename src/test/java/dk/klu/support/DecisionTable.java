package dk.klu.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * A decision table on its own (a DMN engine without the process engine), which remembers the rules
 * that matched, so a test can assert that every rule is used.
 */
public final class DecisionTable {

  private final Set<String> rulesHit = new HashSet<>();
  private final DmnEngine engine;
  private final DmnDecision decision;

  private DecisionTable(Path file, String decisionKey) throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(
            (DmnDecisionTableEvaluationListener)
                (DmnDecisionTableEvaluationEvent event) ->
                    event.getMatchingRules().forEach(r -> rulesHit.add(r.getId()))));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(file)) {
      decision = engine.parseDecision(decisionKey, in);
    }
  }

  /** The decision {@code decisionKey} of the DMN file. */
  public static DecisionTable parse(Path file, String decisionKey) throws Exception {
    return new DecisionTable(file, decisionKey);
  }

  public DmnDecisionResult evaluate(Map<String, Object> variables) {
    return engine.evaluateDecision(decision, variables);
  }

  /** The ids of the rules that matched so far. */
  public Set<String> rulesHit() {
    return rulesHit;
  }
}
