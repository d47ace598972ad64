package dk.klu.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses application start-up when the configured {@code klu.rules.*} are inconsistent (throws
 * {@link InconsistentRulesException} from {@link #afterPropertiesSet()}).
 */
@Component
public record RulesStartupCheck(RulesOfProcedure rules) implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(RulesStartupCheck.class);

  @Override
  public void afterPropertiesSet() {
    RulesConsistency.assertConsistent(rules);
    LOG.info("Forretningsorden '{}' er konsistent: {}", rules.name(), rules);
  }
}
