package dk.klu.forms;

import dk.klu.process.EngineAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms the server validates against: every {@code classpath*:forms/*.form}, read at start-up,
 * and forms deployed to the engine (read on first use and kept, as deployed forms never change).
 */
@Component
public class FormCatalog {

  static final String PATTERN = "classpath*:forms/*.form";
  private static final Logger LOG = LoggerFactory.getLogger(FormCatalog.class);

  private final EngineAccess engine;
  private final Map<String, FormDefinition> classpath;
  private final Map<String, FormDefinition> deployed = new ConcurrentHashMap<>();
  private final Map<String, Optional<FormDefinition>> byDeployment = new ConcurrentHashMap<>();

  FormCatalog(EngineAccess engine) {
    this.engine = engine;
    this.classpath = loadClasspath();
    LOG.info("Forms validated on the server: {}", classpath.keySet());
  }

  /** The form with this id: from the classpath, else the latest deployed to the engine. */
  public Optional<FormDefinition> find(String formId) {
    FormDefinition form = classpath.get(formId);
    return form != null
        ? Optional.of(form)
        : deployed(new CamundaFormRefImpl(formId, "latest"), null);
  }

  /**
   * The form a {@code camunda:formRef} resolves to, as the engine resolves it for Tasklist (so a
   * process bound to its deployment gets the form of that deployment); the classpath form with the
   * key when the engine has none.
   */
  public Optional<FormDefinition> find(CamundaFormRef ref, String deploymentId) {
    if ("deployment".equals(ref.getBinding()) && deploymentId != null) {
      // a deployment's forms never change: resolved once, not on every submission
      return byDeployment.computeIfAbsent(
          deploymentId + "/" + ref.getKey(), k -> resolve(ref, deploymentId));
    }
    return resolve(ref, deploymentId);
  }

  private Optional<FormDefinition> resolve(CamundaFormRef ref, String deploymentId) {
    return deployed(ref, deploymentId).or(() -> Optional.ofNullable(classpath.get(ref.getKey())));
  }

  /**
   * The label people see for each variable a form asks for, by variable name: the first form (by
   * id) that labels it wins. Row fields of lists are not variables and are left out.
   */
  public Map<String, String> labels() {
    Map<String, String> labels = new java.util.TreeMap<>();
    classpath.values().stream()
        .sorted(java.util.Comparator.comparing(FormDefinition::id))
        .forEach(
            form ->
                form.fields()
                    .values()
                    .forEach(
                        field -> {
                          String label = field.label() == null ? "" : field.label().strip();
                          if (!label.isEmpty() && !label.equals(field.key())) {
                            labels.putIfAbsent(field.key(), label);
                          }
                        }));
    return labels;
  }

  private Optional<FormDefinition> deployed(CamundaFormRef ref, String deploymentId) {
    CamundaFormDefinition definition;
    try {
      definition = engine.execute(new GetCamundaFormDefinitionCmd(ref, deploymentId));
    } catch (ProcessEngineException e) {
      LOG.debug("No deployed form for {}: {}", ref.getKey(), e.getMessage());
      return Optional.empty();
    }
    if (definition == null) {
      return Optional.empty();
    }
    return Optional.of(deployed.computeIfAbsent(definition.getId(), id -> read(definition)));
  }

  private FormDefinition read(CamundaFormDefinition definition) {
    return engine.asApplication(
        () -> {
          try (InputStream in =
              engine
                  .engine()
                  .getRepositoryService()
                  .getResourceAsStream(
                      definition.getDeploymentId(), definition.getResourceName())) {
            return FormParser.parse(in, definition.getKey());
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + definition.getResourceName(), e);
          }
        });
  }

  private static Map<String, FormDefinition> loadClasspath() {
    Map<String, FormDefinition> forms = new ConcurrentHashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
        String fileName = String.valueOf(resource.getFilename());
        try (InputStream in = resource.getInputStream()) {
          FormDefinition form = FormParser.parse(in, fileName.replaceFirst("\\.form$", ""));
          if (forms.putIfAbsent(form.id(), form) != null) {
            throw new IllegalStateException("Two forms have the id " + form.id());
          }
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read the form " + resource.getDescription(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + PATTERN, e);
    }
    return forms;
  }
}
