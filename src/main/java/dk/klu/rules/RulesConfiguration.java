package dk.klu.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Binds {@link RulesOfProcedure} from {@code klu.rules.*} and registers the start-up check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesOfProcedure.class)
@Import(RulesStartupCheck.class)
public class RulesConfiguration {}
