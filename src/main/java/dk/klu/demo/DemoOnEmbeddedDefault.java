package dk.klu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns on the {@code demo} profile only for a start that names no profile on the embedded H2
 * database, so {@code mvn spring-boot:run} gives a newcomer the demo people while a start on any
 * other database without {@code demo} creates none. Runs after the configuration files are read (it
 * needs the final datasource URL), so it also adds {@code application-demo.yaml}, which Spring
 * would have read had the profile been named.
 */
public class DemoOnEmbeddedDefault implements EnvironmentPostProcessor, Ordered {

  static final String DEMO = "demo";
  static final String DEMO_CONFIG = "application-demo.yaml";

  private final Log log;

  public DemoOnEmbeddedDefault(DeferredLogFactory logs) {
    this.log = logs.getLog(DemoOnEmbeddedDefault.class);
  }

  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getActiveProfiles().length > 0
        || !isEmbeddedH2(environment.getProperty("spring.datasource.url", ""))) {
      return;
    }
    environment.addActiveProfile(DEMO);
    try {
      for (PropertySource<?> source :
          new YamlPropertySourceLoader()
              .load(
                  "Config resource '" + DEMO_CONFIG + "' (demo on the embedded H2 default)",
                  new ClassPathResource(DEMO_CONFIG))) {
        // where Spring puts a profile's file: above application.yaml, below the environment
        environment
            .getPropertySources()
            .addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEMO_CONFIG, e);
    }
    log.info(
        "No profile named and the database is the embedded H2: profile 'demo' is on (demo people"
            + " with passwords equal to their user ids)");
  }

  /** H2 in the application's own process (file or memory), not an H2 server over the network. */
  static boolean isEmbeddedH2(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:h2:")
        && !lower.startsWith("jdbc:h2:tcp:")
        && !lower.startsWith("jdbc:h2:ssl:");
  }
}
